import { describe, expect, it } from 'vitest';
import { alpha3ForSource, countryNames } from './countryNames';

describe('countryNames', () => {
	it.each(Object.entries(countryNames))(
		'%s has an alpha-3 id and names in en, uk and mk',
		(id, entry) => {
			expect(id).toMatch(/^[A-Z]{3}$/);
			for (const name of Object.values(entry.names)) expect(name.trim()).not.toBe('');
			expect(entry.names.en).not.toBe('Macedonia');
		}
	);
	it('countryNames has no world-atlas key twice', () => {
		const sources = Object.values(countryNames).map((entry) => entry.source);
		expect(new Set(sources).size).toBe(sources.length);
	});
});

describe('alpha3ForSource', () => {
	it.each([
		{ source: '807', expected: 'MKD' },
		{ source: 'Kosovo', expected: 'XKX' },
		{ source: '804', expected: 'UKR' },
		{ source: 'N. Cyprus', expected: undefined }
	])('alpha3ForSource($source) is $expected', ({ source, expected }) => {
		expect(alpha3ForSource(source)).toBe(expected);
	});
});
