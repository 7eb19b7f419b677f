import { describe, expect, it } from 'vitest';
import { isOffset } from '$lib/time/calendarDate';
import {
	CLOCK_OFFSETS,
	atTimeOfDay,
	looksLikeTime,
	readTimeOfDay,
	splitTimeOfDay,
	writtenOffset
} from './timeOfDay';

describe('readTimeOfDay', () => {
	it.each([
		{ text: '14:30', time: { hour: 14, minute: 30 } },
		{ text: ' 9:05 ', time: { hour: 9, minute: 5 } },
		{ text: '09:05:07', time: { hour: 9, minute: 5, second: 7 } },
		{ text: '14:30:15.250', time: { hour: 14, minute: 30, second: 15 } },
		{ text: '14:30:15,5', time: { hour: 14, minute: 30, second: 15 } },
		{ text: '2:30 PM', time: { hour: 14, minute: 30 } },
		{ text: '2:30pm', time: { hour: 14, minute: 30 } },
		{ text: '12:05 a.m.', time: { hour: 0, minute: 5 } },
		{ text: '12:05 PM', time: { hour: 12, minute: 5 } },
		{ text: '11:59:59 AM', time: { hour: 11, minute: 59, second: 59 } },
		{ text: '14:30Z', time: { hour: 14, minute: 30, zone: 'Z' } },
		{ text: '14:30 UTC', time: { hour: 14, minute: 30, zone: 'Z' } },
		{ text: '14:30 gmt', time: { hour: 14, minute: 30, zone: 'Z' } },
		{ text: '14:30+02:00', time: { hour: 14, minute: 30, zone: '+02:00' } },
		{ text: '14:30 -0530', time: { hour: 14, minute: 30, zone: '-05:30' } },
		{ text: '14:30+02', time: { hour: 14, minute: 30, zone: '+02:00' } },
		{ text: '14:30 UTC+2', time: { hour: 14, minute: 30, zone: '+02:00' } },
		{ text: '14:30 GMT-03:30', time: { hour: 14, minute: 30, zone: '-03:30' } },
		{ text: '2:30 PM +05:45', time: { hour: 14, minute: 30, zone: '+05:45' } },
		{ text: '00:00+00:00', time: { hour: 0, minute: 0, zone: '+00:00' } },
		{ text: '14:30.250Z', time: { hour: 14, minute: 30, zone: 'Z' } },
		{ text: '14:30:00.1234567890Z', time: { hour: 14, minute: 30, second: 0, zone: 'Z' } },
		// A hyphen and a time straight after the minutes may be a range of times.
		{ text: '09:00-10:00', time: { hour: 9, minute: 0, zone: '-10:00', rangeLike: true } },
		{ text: '09:00:00-10:00', time: { hour: 9, minute: 0, second: 0, zone: '-10:00' } },
		{ text: '09:00 UTC-10:00', time: { hour: 9, minute: 0, zone: '-10:00' } },
		{ text: '09:00+10:00', time: { hour: 9, minute: 0, zone: '+10:00' } },
		// Not times, or not real ones.
		{ text: '24:00', time: undefined },
		{ text: '14:60', time: undefined },
		{ text: '14:30:60', time: undefined },
		{ text: '13:30 PM', time: undefined },
		{ text: '0:30 AM', time: undefined },
		{ text: '14:30+15:00', time: undefined },
		{ text: '14:30 CET', time: { hour: 14, minute: 30, zoneName: 'CET' } },
		{ text: '2:30 pm est', time: { hour: 14, minute: 30, zoneName: 'EST' } },
		{ text: '14:30 Europe/Kyiv', time: undefined },
		{ text: 'noon', time: undefined },
		{ text: '1430', time: undefined },
		{ text: '14.30', time: undefined },
		{ text: '', time: undefined },
		{ text: `14:30${' '.repeat(70)}Z`, time: undefined }
	])('reads "$text"', ({ text, time }) => {
		expect(readTimeOfDay(text)).toEqual(time);
	});

	it.each([
		{ text: '25:00', looks: true },
		{ text: '13:30 PM', looks: true },
		{ text: '14:30+15:00', looks: true },
		{ text: '14:30', looks: true },
		{ text: 'noon', looks: false },
		{ text: '2024-03-05', looks: false },
		{ text: '14:30 CET', looks: true },
		{ text: '14:30 o’clock', looks: false }
	])('tells "$text" looks like a time: $looks', ({ text, looks }) => {
		expect(looksLikeTime(text)).toBe(looks);
	});
});

describe('splitTimeOfDay', () => {
	it.each([
		{ text: '2024-03-05T14:30', date: '2024-03-05', time: { hour: 14, minute: 30 } },
		{
			text: '2024-03-05T14:30:00.000Z',
			date: '2024-03-05',
			time: { hour: 14, minute: 30, second: 0, zone: 'Z' }
		},
		{ text: '05/03/2024 14:30', date: '05/03/2024', time: { hour: 14, minute: 30 } },
		{ text: '3/5/2024 2:30 PM', date: '3/5/2024', time: { hour: 14, minute: 30 } },
		{ text: 'March 5, 2024, 2:30 pm', date: 'March 5, 2024', time: { hour: 14, minute: 30 } },
		{ text: '5 March 2024 at 14:30', date: '5 March 2024', time: { hour: 14, minute: 30 } },
		{
			text: '05.03.2024 14:30 UTC+1',
			date: '05.03.2024',
			time: { hour: 14, minute: 30, zone: '+01:00' }
		},
		{
			text: 'March 5, 2024 at 2:30 PM EST',
			date: 'March 5, 2024',
			time: { hour: 14, minute: 30, zoneName: 'EST' }
		},
		{ text: '2024-03-05', date: undefined },
		{ text: '14:30', date: undefined },
		{ text: '2024-03-05 25:00', date: '2024-03-05', time: undefined },
		{ text: '2024-03-05 +02:00', date: undefined },
		{ text: `${'2024 '.repeat(20)}14:30`, date: undefined }
	])('splits "$text"', ({ text, date, time }) => {
		expect(splitTimeOfDay(text)).toEqual(date === undefined ? undefined : { date, time });
	});

	it('reads an offset written in words and nothing as none', () => {
		expect(writtenOffset('UTC+2')).toBe('+02:00');
		expect(writtenOffset('GMT')).toBe('Z');
		expect(writtenOffset('')).toBeUndefined();
		expect(writtenOffset('  ')).toBeUndefined();
		expect(writtenOffset('UTC+2:30:00')).toBeUndefined();
	});

	it('refuses text longer than any date and time before any pattern reads it', () => {
		// So no run of spaces, commas or digits can make the patterns backtrack for long.
		expect(splitTimeOfDay(`2024-03-05${' '.repeat(60)}14:30`)).toBeUndefined();
		expect(splitTimeOfDay(`${'1:'.repeat(50_000)}14:30`)).toBeUndefined();
		expect(splitTimeOfDay(`2024-03-05${' '.repeat(40)}14:30`)).toEqual({
			date: '2024-03-05',
			time: { hour: 14, minute: 30 }
		});
	});
});

describe('atTimeOfDay', () => {
	const time = { hour: 14, minute: 30 };
	it.each([
		{ day: '2024-03-05', time, offset: 'Z', read: { ok: true, date: '2024-03-05T14:30Z' } },
		{
			day: '2024-03-05',
			time: { ...time, second: 5 },
			offset: '+02:00',
			read: { ok: true, date: '2024-03-05T14:30:05+02:00' }
		},
		// The time's own offset wins over the table's.
		{
			day: '2024-03-05',
			time: { ...time, zone: '-05:00' },
			offset: '+02:00',
			read: { ok: true, date: '2024-03-05T14:30-05:00' }
		},
		{ day: '2024-03-05', time, read: { ok: true, date: '2024-03-05', dropped: 'no-offset' } },
		{
			day: '2024-03',
			time,
			offset: 'Z',
			read: { ok: true, date: '2024-03', dropped: 'not-a-day' }
		},
		{ day: '2024', time, offset: 'Z', read: { ok: true, date: '2024', dropped: 'not-a-day' } },
		{
			day: '0476-09-04',
			time,
			offset: 'Z',
			read: { ok: true, date: '0476-09-04', dropped: 'too-early' }
		},
		{
			day: '-0030-09-02',
			time,
			offset: 'Z',
			read: { ok: true, date: '-0030-09-02', dropped: 'too-early' }
		},
		{ day: '1000-01-01', time, offset: 'Z', read: { ok: true, date: '1000-01-01T14:30Z' } }
	])('puts $day at $time.hour:$time.minute ($offset)', ({ day, time, offset, read }) => {
		expect(atTimeOfDay(day, time, offset)).toEqual(read);
	});
});

describe('CLOCK_OFFSETS', () => {
	it('offers only offsets the data format writes, each once, from west to east', () => {
		expect(CLOCK_OFFSETS.every(isOffset)).toBe(true);
		expect(new Set(CLOCK_OFFSETS).size).toBe(CLOCK_OFFSETS.length);
		const minutes = CLOCK_OFFSETS.map((offset) =>
			offset === 'Z'
				? 0
				: (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)))
		);
		expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
	});
});
