import { describe, expect, it } from 'vitest';
import { timelineDate } from './timelineDate';

describe('timelineDate', () => {
	it.each([
		{ parts: ['2023', '11', '21'], expected: '2023-11-21' },
		{ parts: [2023, 6, ''], expected: '2023-06' },
		{ parts: ['2014', '', ''], expected: '2014' },
		{ parts: [' 800 ', undefined, undefined], expected: '0800' },
		{ parts: ['-500', null, null], expected: '-0500' },
		{ parts: ['2023', '2', '30'], expected: '2023-02-30' },
		{ parts: ['', '', ''], expected: undefined },
		{ parts: [undefined, undefined, undefined], expected: undefined }
	])('timelineDate($parts) is $expected', ({ parts, expected }) => {
		expect(timelineDate(parts[0], parts[1], parts[2])).toEqual({ ok: true, date: expected });
	});

	it.each([
		{ parts: ['', '3', ''], message: 'no year' },
		{ parts: ['2023', '', '5'], message: 'has a day but no month' },
		{ parts: ['twenty', '', ''], message: 'year "twenty" is not a whole number' },
		{ parts: [2023.5, '', ''], message: 'not a whole number' },
		{ parts: ['-13800000000', '', ''], message: 'outside the years' },
		{ parts: ['2023', '13', ''], message: 'month "13" is not a number from 1 to 12' },
		{ parts: ['2023', 'March', ''], message: 'month "March"' },
		{ parts: ['2023', '1', '32'], message: 'day "32"' },
		{ parts: ['2020', '', { toString: false }], message: 'has a day but no month' },
		{ parts: ['2020', '1', { toString: false }], message: 'day "object"' }
	])('timelineDate($parts) is refused', ({ parts, message }) => {
		const result = timelineDate(parts[0], parts[1], parts[2]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});
});
