import { describe, expect, it } from 'vitest';
import { pack as ukPack } from '$lib/i18n/packs/uk';
import { pack as mkPack } from '$lib/i18n/packs/mk';
import { ENGLISH, type LanguagePack } from '$lib/i18n/languagePack';
import { translate } from '$lib/i18n/translate';
import { parseCalendarDate } from './calendarDate';
import { dateInOffset, formatCalendarDate, zoneName } from './formatCalendarDate';
import { formatEventDate } from './formatEventDate';
import { formatCurrentTime } from './formatCurrentTime';

const date = (text: string) => {
	const parsed = parseCalendarDate(text);
	if (!parsed.ok) throw new Error(parsed.reason);
	return parsed.date;
};
const using = ({ messages, locale }: LanguagePack) => ({
	t: (key: string, values?: Record<string, string>) => translate(messages, key, values),
	locale
});
const PACKS = { en: ENGLISH, uk: ukPack, mk: mkPack };

describe('formatCalendarDate with a time, in TZ=' + process.env.TZ, () => {
	const table = [
		{ lang: 'en', text: '2022-02-24T04:50+02:00', expected: '24 February 2022, 04:50 (UTC+2)' },
		{ lang: 'en', text: '2022-02-24T01:00+02:00', expected: '24 February 2022, 01:00 (UTC+2)' },
		{ lang: 'en', text: '2022-02-24T09:00:30Z', expected: '24 February 2022, 09:00:30 (UTC)' },
		{ lang: 'en', text: '2022-02-23T22:15-09:30', expected: '23 February 2022, 22:15 (UTC-9:30)' },
		{ lang: 'uk', text: '2022-02-24T04:50+02:00', expected: '24 лютого 2022, 04:50 (UTC+2)' },
		{ lang: 'mk', text: '2022-02-24T04:50+02:00', expected: '24 февруари 2022, 04:50 (UTC+2)' }
	] as const;
	it.each(table)('writes $text in $lang as $expected', ({ lang, text, expected }) => {
		expect(formatCalendarDate(date(text), PACKS[lang].locale)).toBe(expected);
	});
});

describe('zoneName and dateInOffset', () => {
	it.each([
		{ offset: 0, expected: 'UTC' },
		{ offset: 120, expected: 'UTC+2' },
		{ offset: 330, expected: 'UTC+5:30' },
		{ offset: -570, expected: 'UTC-9:30' }
	])('names $offset minutes $expected', ({ offset, expected }) => {
		expect(zoneName(offset)).toBe(expected);
	});
	it('shows an instant as the clock of an offset', () => {
		const instant = Date.UTC(2022, 1, 23, 23, 30);
		expect(formatCalendarDate(dateInOffset(instant, 120))).toBe('24 February 2022, 01:30 (UTC+2)');
		expect(formatCalendarDate(dateInOffset(instant, 0))).toBe('23 February 2022, 23:30 (UTC)');
	});
});

describe('formatEventDate', () => {
	const table = [
		{
			lang: 'en',
			event: { date: '1914', approximate: true },
			shown: 'c. 1914',
			spoken: 'approximately 1914'
		},
		{
			lang: 'uk',
			event: { date: '1914', approximate: true },
			shown: 'бл. 1914',
			spoken: 'приблизно 1914'
		},
		{
			lang: 'mk',
			event: { date: '2023-06', approximate: true },
			shown: 'ок. јуни 2023',
			spoken: 'приближно јуни 2023'
		},
		{
			lang: 'en',
			event: { date: '2014-03', notAfter: '2014-05' },
			shown: 'between March 2014 and May 2014',
			spoken: 'between March 2014 and May 2014'
		},
		{
			lang: 'uk',
			event: { date: '2014-03', notAfter: '2014-05' },
			shown: 'у проміжку березень 2014 – травень 2014',
			spoken: 'у проміжку березень 2014 – травень 2014'
		},
		{
			lang: 'mk',
			event: { date: '2014-03', notAfter: '2014-05' },
			shown: 'помеѓу март 2014 и мај 2014',
			spoken: 'помеѓу март 2014 и мај 2014'
		},
		{
			lang: 'en',
			event: { date: '2023-06', end: '2023-11' },
			shown: 'June 2023 – November 2023',
			spoken: 'June 2023 – November 2023'
		}
	] as const;
	it.each(table)('writes $event in $lang as "$shown"', ({ lang, event, shown, spoken }) => {
		const dates = {
			date: date(event.date),
			end: 'end' in event ? date(event.end) : undefined,
			notAfter: 'notAfter' in event ? date(event.notAfter) : undefined,
			approximate: 'approximate' in event ? event.approximate : undefined
		};
		expect(formatEventDate(dates, using(PACKS[lang]))).toBe(shown);
		expect(formatEventDate(dates, using(PACKS[lang]), true)).toBe(spoken);
	});
});

describe('formatCurrentTime', () => {
	const instant = Date.UTC(2022, 1, 24, 2, 50);
	it.each([
		{ unit: 'day', offset: undefined, expected: '24 February 2022' },
		{ unit: 'hour', offset: undefined, expected: '24 February 2022, 02:50 (UTC)' },
		{ unit: 'minute', offset: 120, expected: '24 February 2022, 04:50 (UTC+2)' }
	] as const)('at $unit ticks with offset $offset says $expected', ({ unit, offset, expected }) => {
		expect(formatCurrentTime(instant, unit, offset)).toBe(expected);
	});
	it('speaks the reader language', () => {
		expect(formatCurrentTime(instant, 'hour', 120, ukPack.locale)).toBe(
			'24 лютого 2022, 04:50 (UTC+2)'
		);
	});
});
