import { describe, expect, it } from 'vitest';
import { DATE_FORMS } from './dateForms';
import { readMappedDate } from './readMappedDate';

describe('readMappedDate(text, form)', () => {
	it.each([
		['2023-11-21', 'iso', '2023-11-21'],
		['2023-11', 'iso', '2023-11'],
		['2023', 'iso', '2023'],
		// A year of fewer than four digits, or before year 1, stays a year.
		['476', 'iso', '0476'],
		['-30', 'iso', '-0030'],
		['476', 'd month yyyy', '0476'],
		['476', 'dd-mm-yyyy', '0476'],
		// Wikidata writes a sign before years; an instant keeps its time and offset.
		['+1914-06-28T10:15:00Z', 'iso', '1914-06-28T10:15:00Z'],
		['1914-06-28T00:00:00Z', 'iso', '1914-06-28T00:00:00Z'],
		['-0030-09-02', 'iso', '-0030-09-02'],
		// ISO's basic form, as GDELT writes a day, in every form but the epochs.
		['20240305', 'iso', '2024-03-05'],
		['20240305', 'dd-mm-yyyy', '2024-03-05'],
		['20240305', 'd month yyyy', '2024-03-05'],
		['20240305', 'epoch-s', '1970-08-23T06:18:25Z'],
		['21-11-2023', 'dd-mm-yyyy', '2023-11-21'],
		['01/02/2024', 'dd-mm-yyyy', '2024-02-01'],
		['05.03.2024', 'dd-mm-yyyy', '2024-03-05'],
		['05/03/2024', 'mm-dd-yyyy', '2024-05-03'],
		['11/21/2023', 'mm-dd-yyyy', '2023-11-21'],
		// The data format is read as it is in every form: it cannot be mistaken.
		['2023-11-21', 'dd-mm-yyyy', '2023-11-21'],
		['2023-11-21', 'mm-dd-yyyy', '2023-11-21'],
		['21 November 2023', 'd month yyyy', '2023-11-21'],
		['21-Nov-2023', 'd month yyyy', '2023-11-21'],
		['5 March, 2024', 'd month yyyy', '2024-03-05'],
		['March 5, 2024', 'd month yyyy', '2024-03-05'],
		['Mar 5, 2024', 'd month yyyy', '2024-03-05'],
		['Mar. 5th 2024', 'd month yyyy', '2024-03-05'],
		['SEPT 30, 2024', 'd month yyyy', '2024-09-30'],
		['November 2023', 'd month yyyy', '2023-11'],
		['Nov. 2023', 'd month yyyy', '2023-11'],
		// After the day of the week, as a spreadsheet's long date writes it.
		['Tuesday, March 5, 2024', 'd month yyyy', '2024-03-05'],
		['Tue 5 March 2024', 'd month yyyy', '2024-03-05'],
		['tues. 21-Nov-2023', 'd month yyyy', '2023-11-21'],
		['2019', 'd month yyyy', '2019'],
		['2023-11-21', 'd month yyyy', '2023-11-21'],
		['1700562900000', 'epoch-ms', '2023-11-21T10:35Z'],
		['1700562901000', 'epoch-ms', '2023-11-21T10:35:01Z'],
		['1709649000', 'epoch-s', '2024-03-05T14:30Z'],
		['1709649001', 'epoch-s', '2024-03-05T14:30:01Z'],
		['-86400', 'epoch-s', '1969-12-31T00:00Z']
	] as const)('%s written %s → %s', (text, form, date) => {
		expect(readMappedDate(text, form)).toEqual({ ok: true, date });
	});

	it.each([
		['21-11-2023', 'iso', '"21-11-2023" is not written as YYYY, YYYY-MM, YYYY-MM-DD'],
		['2023-13-01', 'dd-mm-yyyy', '"2023-13-01" is not a real date (there is no month 13)'],
		['31-02-2023', 'dd-mm-yyyy', '"31-02-2023" is not a real date read day first'],
		[
			'21-11-2023',
			'mm-dd-yyyy',
			'"21-11-2023" is not a real date read month first (there is no month 21)'
		],
		['05/03/2024', 'd month yyyy', '"05/03/2024" gives its month as a number'],
		[
			'30 February 2024',
			'd month yyyy',
			'"30 February 2024" is not a real date (February 2024 has 29 days)'
		],
		[
			'21 Brumaire 2023',
			'd month yyyy',
			'"21 Brumaire 2023" is not a date written with the month in words'
		],
		['March 5, 24', 'd month yyyy', '"March 5, 24" is not a date written with the month in words'],
		['Brumaire 2023', 'd month yyyy', '"Brumaire 2023" is not a date written'],
		[
			'Monday, March 5, 2024',
			'd month yyyy',
			'"Monday, March 5, 2024" names a Monday, but March 5, 2024 is a Tuesday'
		],
		['Tuesday, March 2024', 'd month yyyy', 'is not a date written with the month in words'],
		['Tuesday 2024', 'd month yyyy', 'is not a date written with the month in words'],
		['soon', 'epoch-ms', '"soon" is not a date written as milliseconds since 1970'],
		['1700562900000', 'epoch-s', '"1700562900000" as seconds since 1970 is in the year 55858'],
		['-99999999999999', 'epoch-ms', 'is in the year -1199'],
		['999999999999999', 'epoch-s', 'is beyond any calendar'],
		// Chronomap keeps no time of day before the year 1000 (see the data format's scope).
		[
			'-0030-09-02T12:00:00Z',
			'iso',
			'"-0030-09-02T12:00:00Z" has a time of day, which Chronomap keeps only from the year 1000: write the day alone (-0030-09-02)'
		],
		['0900-05-01T12:00Z', 'dd-mm-yyyy', 'write the day alone (0900-05-01)'],
		['12345', 'iso', '"12345" is not written as'],
		['20241305', 'iso', '"20241305" is not a real date read as YYYYMMDD (there is no month 13)'],
		['20240230', 'iso', '"20240230" is not a real date read as YYYYMMDD'],
		['', 'iso', 'is not written as']
	] as const)('refuses %s written %s, saying why', (text, form, message) => {
		const read = readMappedDate(text, form);
		expect(read).toEqual({ ok: false, message: expect.stringContaining(message) });
	});

	it('refuses long and hostile text quickly, in every form, without throwing', () => {
		const hostile = [
			'1'.repeat(100_000),
			`${'1 '.repeat(50_000)}x`,
			`March ${' '.repeat(100_000)}x`,
			`${'9'.repeat(30)}-01-01`,
			'\u0000',
			'NaN',
			'Infinity'
		];
		const started = performance.now();
		for (const text of hostile) {
			for (const form of DATE_FORMS) {
				expect(readMappedDate(text, form).ok, `${text.slice(0, 12)} ${form}`).toBe(false);
			}
		}
		expect(performance.now() - started).toBeLessThan(500);
	});
});
