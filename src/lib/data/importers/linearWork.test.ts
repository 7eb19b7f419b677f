import { describe, expect, it } from 'vitest';
import { growth } from '../testing/countWork';
import { parseDataset } from '../parseDataset';
import { importDataset } from './importDataset';

/**
 * Every format, fed rows that repeat what real files repeat (titles, place names, coordinates,
 * mistakes), must cost work that doubles when the rows double: a quadratic step anywhere in
 * detection, import or validation shows as a ratio near four.
 */
const day = (i: number) => `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`;
const place = (i: number) => ({
	name: `Place ${i % 97}`,
	lat: ((i * 37) % 170) - 85,
	lon: ((i * 53) % 350) - 175
});
const csvQuote = (text: string) => `"${text.replace(/"/g, '""')}"`;

const formats: { name: string; make: (n: number) => string }[] = [
	{
		name: 'Chronomap JSON with repeated places and some bad rows',
		make: (n) =>
			JSON.stringify({
				version: 1,
				title: 'Work',
				places: Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, ...place(i) })),
				events: Array.from({ length: n }, (_, i) => ({
					id: `e${i}`,
					title: i % 10 === 0 ? '' : `Shelling <b>reported</b> ${i % 3}`,
					date: i % 13 === 0 ? 'soon' : day(i),
					places: [`p${i % 100}`, `p${(i * 7) % 100}`, i % 17 === 0 ? 'nowhere' : `p${i % 5}`],
					kind: i % 11 === 0 ? 'statement' : 'event'
				}))
			})
	},
	{
		name: 'Chronomap CSV with one title and few place names',
		make: (n) =>
			[
				'title,date,place,lat,lon,note',
				...Array.from({ length: n }, (_, i) => {
					const { name, lat, lon } = place(i);
					const coordinates = i < 97 ? `${lat},${lon}` : i % 19 === 0 ? 'x,y' : ',';
					return `Shelling reported,${day(i)},${name},${coordinates},${csvQuote('<a <a <a')}`;
				})
			].join('\n')
	},
	{
		name: 'TimelineJS CSV with one headline and HTML text',
		make: (n) =>
			[
				'Year,Month,Day,Headline,Text,Group',
				...Array.from(
					{ length: n },
					(_, i) =>
						`${2000 + (i % 20)},${1 + (i % 12)},${i % 29 === 0 ? 'x' : 1 + (i % 28)},Talks,${csvQuote(`<p>Round ${i}</p><script>`)},G${i % 3}`
				)
			].join('\n')
	},
	{
		name: 'TimelineJS JSON with one headline',
		make: (n) =>
			JSON.stringify({
				title: { text: { headline: 'Work' } },
				events: Array.from({ length: n }, (_, i) => ({
					start_date: { year: 2000 + (i % 20), month: 1 + (i % 12) },
					text: { headline: 'Talks', text: '<p>Round</p><!--' },
					group: `G${i % 3}`
				}))
			})
	},
	{
		name: 'GeoJSON with repeated names and coordinates',
		make: (n) =>
			JSON.stringify({
				type: 'FeatureCollection',
				features: Array.from({ length: n }, (_, i) => {
					const { name, lat, lon } = place(i);
					return {
						type: 'Feature',
						geometry: { type: 'Point', coordinates: [lon, lat] },
						properties: { title: 'Shelling reported', place: name, date: day(i) }
					};
				})
			})
	}
];

describe('importing costs work linear in the number of rows', () => {
	it.each(formats)('$name', ({ make }) => {
		const texts = new Map([1_000, 2_000].map((n) => [n, make(n)]));
		const { small, large, ratio } = growth(
			(n) => () => importDataset(texts.get(n) ?? make(n), { name: 'work.txt' }),
			1_000
		);
		expect(small).toBeGreaterThan(1_000);
		expect(large).toBeGreaterThan(small);
		expect(ratio).toBeLessThan(2.6);
	});

	it('any table through a column mapping, dates in words', () => {
		const make = (n: number) =>
			[
				'What,When,Town,Y,X,Group',
				...Array.from({ length: n }, (_, i) => {
					const { name, lat, lon } = place(i);
					const when = `${1 + (i % 28)} ${['March', 'June', 'Brumaire'][i % 3]} 20${10 + (i % 15)}`;
					return [`Strike ${i % 3}`, when, name, lat, lon, `Group ${i % 7}`].join(',');
				})
			].join('\n');
		const mapping = {
			title: '{what} in {town}',
			date: { column: 'When', form: 'd month yyyy' as const },
			place: 'Town',
			lat: 'Y',
			lon: 'X',
			category: 'Group'
		};
		const texts = new Map([1_000, 2_000].map((n) => [n, make(n)]));
		const { ratio } = growth(
			(n) => () => importDataset(texts.get(n) ?? make(n), { name: 'work.csv', mapping }),
			1_000
		);
		expect(ratio).toBeLessThan(2.6);
	});

	it('parseDataset on parsed values', () => {
		const values = new Map(
			[2_000, 4_000].map((n) => [n, JSON.parse(formats[0].make(n)) as unknown])
		);
		const { ratio } = growth((n) => () => parseDataset(values.get(n)), 2_000);
		expect(ratio).toBeLessThan(2.6);
	});
});
