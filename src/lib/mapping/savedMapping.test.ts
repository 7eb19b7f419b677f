import { describe, expect, it } from 'vitest';
import { savedMappingFor } from './savedMapping';

const columnMapping = {
	title: '{what} in {town}',
	date: { column: 'When', form: 'dd-mm-yyyy' },
	place: 'Town'
};

describe('savedMappingFor(file, headers)', () => {
	it.each([
		{
			name: 'fits the header',
			file: { columnMapping },
			headers: ['What', 'when', 'TOWN', 'extra'],
			expected: columnMapping
		},
		{
			name: 'reads seconds since 1970 and both coordinates from one column',
			file: {
				columnMapping: {
					title: 'itemLabel',
					date: { column: 'time', form: 'epoch-s' },
					lat: 'coord',
					lon: 'coord'
				}
			},
			headers: ['itemLabel', 'time', 'coord'],
			expected: {
				title: 'itemLabel',
				date: { column: 'time', form: 'epoch-s' },
				lat: 'coord',
				lon: 'coord'
			}
		},
		{
			name: 'keeps a time column and the offset its times were recorded in',
			file: { columnMapping: { ...columnMapping, time: 'At', offset: '+05:45' } },
			headers: ['What', 'When', 'Town', 'At'],
			expected: { ...columnMapping, time: 'At', offset: '+05:45' }
		},
		{
			name: 'gives an offset that is none',
			file: { columnMapping: { ...columnMapping, offset: '+25:00' } },
			headers: ['What', 'When', 'Town'],
			expected: undefined
		},
		{
			name: 'names a column the table lacks',
			file: { columnMapping },
			headers: ['What', 'When'],
			expected: undefined
		},
		{
			name: 'is not a mapping',
			file: { columnMapping: { title: 3 } },
			headers: ['What'],
			expected: undefined
		},
		{ name: 'is absent', file: { title: 'A story' }, headers: ['What'], expected: undefined },
		{ name: 'has no file open', file: null, headers: ['What'], expected: undefined }
	])('$name', ({ file, headers, expected }) => {
		const before = structuredClone(file);
		expect(savedMappingFor(file, headers)).toEqual(expected);
		expect(file).toEqual(before);
	});
});
