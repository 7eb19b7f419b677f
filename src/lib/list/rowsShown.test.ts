import { describe, expect, it } from 'vitest';
import { rowsShown } from './rowsShown';

describe('rowsShown(total, requested)', () => {
	it.each([
		{ total: 0, requested: 500, expected: 0 },
		{ total: 300, requested: 500, expected: 300 },
		{ total: 2_000, requested: 500, expected: 2_000 },
		{ total: 2_001, requested: 200, expected: 200 },
		{ total: 2_001, requested: 500, expected: 500 },
		{ total: 100_000, requested: 0, expected: 200 },
		{ total: 100_000, requested: 1_500, expected: 1_500 },
		{ total: 10_000, requested: Infinity, expected: 10_000 }
	])(
		'draws $expected of $total rows when $requested are asked for',
		({ total, requested, expected }) => {
			expect(rowsShown(total, requested)).toBe(expected);
		}
	);
});
