import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCalendarDates, parseCalendarDate, type CalendarDate } from '$lib/time/calendarDate';
import { eventSpan } from './eventSpan';
import { inDateOrder } from './inDateOrder';
import type { ChronoEvent } from './model';

const date = (text: string): CalendarDate => {
	const parsed = parseCalendarDate(text);
	if (!parsed.ok) throw new Error(`${text}: ${parsed.reason}`);
	return parsed.date;
};

function event(id: string, text: string, endText?: string, notAfterText?: string): ChronoEvent {
	const at = date(text);
	const end = endText === undefined ? undefined : date(endText);
	const notAfter = notAfterText === undefined ? undefined : date(notAfterText);
	return {
		id,
		title: id,
		places: [],
		kind: 'event',
		date: at,
		...(end ? { end } : {}),
		...(notAfter ? { notAfter } : {}),
		...eventSpan(at, end, notAfter),
		index: 0
	};
}

/** The order by definition: compareCalendarDates on the dates, then the id. */
const byDefinition = (events: ChronoEvent[]) =>
	[...events].sort((a, b) => compareCalendarDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
const ids = (events: ChronoEvent[]) => events.map((one) => one.id);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** A date at any precision from year to second, in any year the format allows, with offsets. */
const dateText = fc
	.record({
		year: fc.oneof(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1999, max: 2001 })),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 28 }),
		hour: fc.integer({ min: 0, max: 23 }),
		minute: fc.constantFrom(0, 30, 59),
		offset: fc.constantFrom('Z', '+02:00', '-05:00', '+14:00'),
		precision: fc.integer({ min: 0, max: 4 })
	})
	.map(({ year, month, day, hour, minute, offset, precision }) => {
		const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
		const parts = [y, `${y}-${pad(month)}`, `${y}-${pad(month)}-${pad(day)}`];
		const time = `${parts[2]}T${pad(hour)}:${pad(minute)}`;
		return [...parts, `${time}${offset}`, `${time}:07${offset}`][precision];
	});

describe('inDateOrder', () => {
	it.each([
		[
			'days, then the wider date first',
			['2023-11-21', '2023', '2023-11', '2022-12-31'],
			[3, 1, 2, 0]
		],
		[
			'times of one day by instant, after the day',
			['2023-11-21T10:00+02:00', '2023-11-21', '2023-11-21T09:00Z'],
			[1, 0, 2]
		],
		[
			'a time written on a day after that day, though its instant falls the day before',
			['2023-11-21T01:00+02:00', '2023-11-21', '2023-11-20T23:30Z'],
			[2, 1, 0]
		],
		['equal dates by id', ['2023', '2023', '2023'], [0, 1, 2]],
		['years before 100 and before year 0', ['0050', '-0044', '0099-12-31', '1970'], [1, 0, 2, 3]]
	])('orders %s', (_, texts, expected) => {
		const events = texts.map((text, at) => event(`e${at}`, text));
		expect(ids(inDateOrder(events))).toEqual(expected.map((at) => `e${at}`));
	});

	it('puts the longer of two events on one date first, end or notAfter alike', () => {
		const events = [
			event('short', '2023-11-21'),
			event('long', '2023-11-21', '2023-12-01'),
			event('maybe', '2023-11-21', undefined, '2023-11-25')
		];
		// Both spans start on the date's day: by the date alone they tie, and ids decide.
		expect(ids(inDateOrder(events))).toEqual(ids(byDefinition(events)));
	});

	it('gives the order compareCalendarDates defines, for any dates', () => {
		fc.assert(
			fc.property(fc.array(dateText, { maxLength: 60 }), (texts) => {
				const events = texts.map((text, at) => event(`e${pad(at, 3)}`, text));
				expect(ids(inDateOrder(events))).toEqual(ids(byDefinition(events)));
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps every event once', () => {
		const events = Array.from({ length: 5000 }, (_, at) =>
			event(`e${at}`, `20${pad(at % 30)}-${pad((at % 12) + 1)}`)
		);
		const sorted = inDateOrder(events);
		expect(new Set(sorted).size).toBe(events.length);
		expect(ids(sorted)).toEqual(ids(byDefinition(events)));
	});
});
