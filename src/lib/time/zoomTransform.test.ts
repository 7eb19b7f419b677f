import { describe, expect, it } from 'vitest';
import { sameRange } from './zoomRange';
import { rangeForTransform, transformForRange } from './zoomTransform';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
const full = [utc(2014), utc(2024)] as const;

describe('transformForRange and rangeForTransform', () => {
	const ranges = [
		{ name: 'the whole span', range: full },
		{ name: 'one year', range: [utc(2019), utc(2020)] as const },
		{ name: 'four days at the end', range: [utc(2023, 12, 28), utc(2024)] as const }
	];
	it.each(ranges)('round-trip $name at 800 px', ({ range }) => {
		const transform = transformForRange(full, range, 800);
		expect(sameRange(rangeForTransform(full, transform, 800), range)).toBe(true);
	});

	it('the whole span is the identity transform', () => {
		const transform = transformForRange(full, full, 640);
		expect(transform.k).toBeCloseTo(1, 12);
		expect(transform.x).toBeCloseTo(0, 9);
	});
});
