import { describe, expect, it } from 'vitest';
import { englishCount } from './englishCount';

describe('englishCount', () => {
	it.each([
		[0, '0'],
		[7, '7'],
		[999, '999'],
		[1000, '1,000'],
		[20_000, '20,000'],
		[100_000, '100,000'],
		[1_234_567, '1,234,567'],
		[-4500, '-4,500'],
		[Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
		[1.5, '1.5']
	])('writes %s as %s, as toLocaleString("en") does', (n, written) => {
		expect(englishCount(n)).toBe(written);
		expect(englishCount(n)).toBe(n.toLocaleString('en'));
	});
});
