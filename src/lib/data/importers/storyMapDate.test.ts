import { describe, expect, it } from 'vitest';
import { storyMapDate } from './storyMapDate';

describe('storyMapDate', () => {
	it.each([
		['2014', '2014'],
		['2014-03', '2014-03'],
		['2014-03-16', '2014-03-16'],
		['March 2014', '2014-03'],
		['Sept. 2001', '2001-09'],
		['Mar 2014', '2014-03'],
		['16 March 2014', '2014-03-16'],
		['1st June 2017', '2017-06-01'],
		['March 16, 2014', '2014-03-16'],
		['  June   5 2017 ', '2017-06-05'],
		['Aug 23', null],
		['23 August', null],
		['Spring 2014', null],
		['2014–2016', null],
		['Ma 2014', null],
		['32 March 2014', null],
		['', null],
		[2014, null],
		['9'.repeat(100_000), null]
	])('%j → %j', (input, expected) => {
		expect(storyMapDate(input)).toBe(expected);
	});
});
