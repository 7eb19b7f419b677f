import { describe, expect, it } from 'vitest';
import { withTimelineTime } from './timelineTime';

const day = { ok: true as const, date: '2022-02-24' };

describe('withTimelineTime', () => {
	it.each([
		{ parts: {}, expected: day },
		{ parts: { clock: '04:50' }, expected: { ok: true, date: '2022-02-24T04:50Z' } },
		{ parts: { clock: '4:50:07.250' }, expected: { ok: true, date: '2022-02-24T04:50:07Z' } },
		{ parts: { clock: '8:30 PM' }, expected: { ok: true, date: '2022-02-24T20:30Z' } },
		{ parts: { clock: '12:05 a.m.' }, expected: { ok: true, date: '2022-02-24T00:05Z' } },
		{ parts: { hour: 9 }, expected: { ok: true, date: '2022-02-24T09:00Z' } },
		{
			parts: { hour: '9', minute: 5, second: 30.9 },
			expected: { ok: true, date: '2022-02-24T09:05:30Z' }
		}
	])('joins $parts as UTC', ({ parts, expected }) => {
		expect(withTimelineTime(day, parts)).toEqual(expected);
	});

	it.each([{ clock: '25:00' }, { clock: 'noon' }, { hour: 9, minute: 75 }, { clock: '13:00 PM' }])(
		'refuses %o',
		(parts) => {
			const read = withTimelineTime(day, parts);
			expect(read.ok).toBe(false);
			if (!read.ok) expect(read.message).toContain('is not a time of day');
		}
	);

	it('leaves a time on a month out, with a warning', () => {
		expect(withTimelineTime({ ok: true, date: '2022-02' }, { clock: '04:50' })).toEqual({
			ok: true,
			date: '2022-02',
			warning: 'has a time but no day: the time is left out'
		});
	});
});
