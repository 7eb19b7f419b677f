import { describe, expect, it } from 'vitest';
import { toIsoString } from '$lib/time/calendarDate';
import { importDataset } from './importDataset';
import {
	mapColumns,
	remapTable,
	unreadColumns,
	type CellProblem,
	type ColumnMapping
} from './mapColumns';

const mapping: ColumnMapping = {
	title: '{kind_of_event} in {town}',
	date: { column: 'When', form: 'd month yyyy' },
	place: 'town',
	lat: 'Y',
	lon: 'X',
	actor: 'who',
	category: 'group',
	tags: 'labels',
	note: 'summary'
};
const table =
	'Kind of event,When,Town,Y,X,Who,Group,Labels,Summary\n' +
	'Strike,21 November 2023,Riverton,46.64,32.61,Union,Labour,"pay; docks","Workers walked out."\n' +
	'\n' +
	'March,November 2023,Riverton,,,Students,Protest,,\n' +
	'Vote,21 Brumaire 2023,Hillcrest,48.02,37.8,,,,\n';

describe('mapColumns(headers, mapping)', () => {
	it('names every chosen column the table lacks', () => {
		const result = mapColumns(['title', 'date'], {
			title: '{headline} in {place}',
			date: { column: 'day', form: 'iso' },
			lat: 'lat'
		});
		expect(result).toEqual({
			ok: false,
			problems: [
				{ reason: 'no-column', field: 'title', column: 'headline' },
				{ reason: 'no-column', field: 'title', column: 'place' },
				{ reason: 'no-column', field: 'date', column: 'day' },
				{ reason: 'no-column', field: 'lat', column: 'lat' },
				{ reason: 'half-coordinates', field: 'lon' }
			]
		});
	});

	it('asks a template for at least one column', () => {
		const result = mapColumns(['when'], {
			title: 'An {} event',
			date: { column: 'when', form: 'iso' }
		});
		expect(result).toEqual({ ok: false, problems: [{ reason: 'no-placeholder', field: 'title' }] });
	});

	it('fills the title template and reads the date in the chosen form', () => {
		const result = mapColumns(
			['kind_of_event', 'when', 'town', 'y', 'x', 'who', 'group', 'labels', 'summary'],
			mapping
		);
		if (!result.ok) throw new Error(result.problems.join());
		expect(
			result.toRow({
				kind_of_event: 'Strike',
				when: '21 November 2023',
				town: 'Riverton',
				y: '46.64',
				x: '32.61',
				who: 'Union',
				group: 'Labour',
				labels: '',
				summary: 'Out.'
			})
		).toEqual({
			title: 'Strike in Riverton',
			date: '2023-11-21',
			end: '',
			place: 'Riverton',
			lat: '46.64',
			lon: '32.61',
			actor: 'Union',
			category: 'Labour',
			tags: '',
			note: 'Out.',
			source_url: ''
		});
	});
});

describe('mapColumns(headers, mapping) reads cells as other tools write them', () => {
	const mapped = mapColumns(['what', 'when', 'about', 'labels'], {
		title: 'what',
		date: { column: 'when', form: 'iso' },
		note: 'about',
		tags: 'labels'
	});
	it.each([
		{
			why: 'HTML in a pop-up text becomes its plain text',
			cells: { what: 'Flood &amp; storm', about: 'In <i>Lekki</i><br>Source: NEMA', labels: '' },
			read: { title: 'Flood & storm', note: 'In Lekki\nSource: NEMA', tags: '' }
		},
		{
			why: 'markup with no text is kept, shown as text',
			cells: { what: '<script></script>', about: '', labels: '' },
			read: { title: '<script></script>', note: '', tags: '' }
		},
		{
			why: 'tags split at commas when there is no semicolon',
			cells: { what: 'Rally', about: '', labels: 'press, rubber bullets' },
			read: { title: 'Rally', note: '', tags: 'press; rubber bullets' }
		},
		{
			why: 'and at semicolons only when there is one, a comma staying in its tag',
			cells: { what: 'Rally', about: '', labels: 'press; food, water' },
			read: { title: 'Rally', note: '', tags: 'press; food, water' }
		}
	])('$why', ({ cells, read }) => {
		if (!mapped.ok) throw new Error('the mapping did not apply');
		const row = mapped.toRow({ ...cells, when: '2024' });
		expect({ title: row.title, note: row.note, tags: row.tags }).toEqual(read);
	});
});

describe('mapColumns(headers, mapping) with one column for both coordinates', () => {
	const pair: ColumnMapping = {
		title: 'itemLabel',
		date: { column: 'date', form: 'iso' },
		lat: 'coord',
		lon: 'coord'
	};
	it.each([
		{ coord: 'Point(18.4131 43.8563)', lat: '43.8563', lon: '18.4131', problems: [] },
		{ coord: '43.8563, 18.4131', lat: '43.8563', lon: '18.4131', problems: [] },
		{ coord: '', lat: '', lon: '', problems: [] },
		{
			coord: 'Point(north)',
			lat: '',
			lon: '',
			problems: [
				{
					field: 'place',
					message:
						'"Point(north)" is not a place written Point(longitude latitude) or "latitude, longitude"'
				}
			]
		}
	])('reads $coord', ({ coord, lat, lon, problems }) => {
		const result = mapColumns(['itemLabel', 'date', 'coord'], pair);
		if (!result.ok) throw new Error('mapping refused');
		const found: CellProblem[] = [];
		const row = result.toRow({ itemlabel: 'Sarajevo', date: '1914-06-28', coord }, found);
		expect([row.lat, row.lon]).toEqual([lat, lon]);
		expect(found).toEqual(problems);
	});
});

describe('remapTable(text, mapping)', () => {
	it("keeps each row's line in the table", () => {
		const remapped = remapTable(table, mapping);
		if (!remapped.ok) throw new Error('mapping refused');
		expect(remapped.table.rows.map((row) => [row.line, row.values.title])).toEqual([
			[2, 'Strike in Riverton'],
			[4, 'March in Riverton'],
			[5, 'Vote in Hillcrest']
		]);
	});

	it('names each cell it cannot read by its line, and leaves out a row it cannot place', () => {
		const remapped = remapTable(
			'what,when,where\nA,1914,Point(18.4 43.8)\nB,soon,Point(18.4 43.8)\nC,1915,Point(x y)\n',
			{ title: 'what', date: { column: 'when', form: 'iso' }, lat: 'where', lon: 'where' }
		);
		if (!remapped.ok) throw new Error('mapping refused');
		expect(remapped.table.rows.map(({ line, values }) => [line, values.date, values.lat])).toEqual([
			[2, '1914', '43.8'],
			[3, '', '43.8']
		]);
		expect(remapped.problems).toEqual([
			{
				row: 'line 3',
				field: 'date',
				message: expect.stringContaining('"soon"'),
				severity: 'error'
			},
			{
				row: 'line 4',
				field: 'place',
				message: expect.stringContaining('"Point(x y)"'),
				severity: 'error'
			}
		]);
	});
});

describe('importDataset(table, { mapping })', () => {
	it('imports the mapped rows, keeps the mapping and names a bad date by its own line', () => {
		const result = importDataset(table, { mapping });
		expect(result.dataset?.columnMapping).toEqual(mapping);
		expect(result.dataset?.categories?.map((category) => category.label)).toEqual([
			'Labour',
			'Protest'
		]);
		expect(
			result.dataset?.events.find((event) => event.title === 'Strike in Riverton')?.tags
		).toEqual(['pay', 'docks']);
		expect(result.dataset?.events).toHaveLength(2);
		expect(result.dataset?.events.map((event) => [event.title, event.date])).toEqual(
			expect.arrayContaining([
				['Strike in Riverton', expect.objectContaining({ precision: 'day' })],
				['March in Riverton', expect.objectContaining({ precision: 'month' })]
			])
		);
		// The reason the mapping gives, not the importer's "is missing" for the date left empty.
		expect(result.problems.filter((problem) => problem.row === 'line 5')).toEqual([
			{
				row: 'line 5',
				field: 'date',
				message:
					'"21 Brumaire 2023" is not a date written with the month in words (21 November 2023, November 21, 2023 or November 2023)',
				severity: 'error'
			}
		]);
	});

	it("reads a column of links as each event's source, and drops a link of another scheme", () => {
		const links =
			'what,when,link\nVote,2024-03-05,https://example.org/vote\nCount,2024-03-06,javascript:alert(1)\n';
		const result = importDataset(links, {
			mapping: { title: 'what', date: { column: 'when', form: 'iso' }, source: 'link' }
		});
		expect(result.dataset?.events.map((event) => [event.title, event.source?.url])).toEqual([
			['Vote', 'https://example.org/vote'],
			['Count', undefined]
		]);
		expect(result.problems.map((problem) => [problem.row, problem.severity])).toEqual([
			['line 3', 'warning']
		]);
	});

	it("reads an end column in the date's form, and keeps an event whose end it cannot read", () => {
		const spans = 'what,from,until\nSiege,5 March 2024,"April 2, 2024"\nTruce,6 March 2024,soon\n';
		const result = importDataset(spans, {
			mapping: {
				title: 'what',
				date: { column: 'from', form: 'd month yyyy' },
				end: 'until'
			}
		});
		expect(
			result.dataset?.events.map((event) => [
				event.title,
				toIsoString(event.date),
				event.end && toIsoString(event.end)
			])
		).toEqual([
			['Siege', '2024-03-05', '2024-04-02'],
			['Truce', '2024-03-06', undefined]
		]);
		expect(result.problems).toEqual([
			{
				row: 'line 3',
				field: 'end',
				message:
					'"soon" is not a date written with the month in words (21 November 2023, November 21, 2023 or November 2023); the event is kept without it',
				severity: 'warning'
			}
		]);
	});

	it("joins a time column, or a time after the date in its cell, to its day in the table's offset", () => {
		const log =
			'what,day,at\n' +
			'Siren,05/03/2024,14:30\n' +
			'Blast,05/03/2024,2:45 PM +03:00\n' +
			'Curfew,06/03/2024 22:00,\n' +
			'Report,07/03/2024,\n' +
			'Unclear,08/03/2024,noon\n' +
			'Late,08/03/2024,25:10\n';
		const read = (offset?: string) =>
			importDataset(log, {
				mapping: {
					title: 'what',
					date: { column: 'day', form: 'dd-mm-yyyy' },
					time: 'at',
					...(offset ? { offset } : {})
				}
			});
		// In the order of the table, not of time.
		const dates = (result: ReturnType<typeof read>) =>
			result.dataset?.events
				.map((event) => [event.title, toIsoString(event.date)])
				.sort((a, b) => log.indexOf(`\n${a[0]},`) - log.indexOf(`\n${b[0]},`));
		const inKyiv = read('+02:00');
		expect(dates(inKyiv)).toEqual([
			['Siren', '2024-03-05T14:30+02:00'],
			['Blast', '2024-03-05T14:45+03:00'],
			['Curfew', '2024-03-06T22:00+02:00'],
			['Report', '2024-03-07'],
			['Unclear', '2024-03-08'],
			['Late', '2024-03-08']
		]);
		expect(inKyiv.problems).toEqual([
			{
				row: 'line 6',
				field: 'time',
				message:
					'"noon" is not a time of day (e.g. 14:30 or 2:30 PM); the event is kept on its day',
				severity: 'warning'
			},
			{
				row: 'line 7',
				field: 'time',
				message:
					'"25:10" is not a real time of day (e.g. 14:30 or 2:30 PM); the event is kept on its day',
				severity: 'warning'
			}
		]);
		// With no offset chosen, only a time that gives its own is placed; the rest keep their day,
		// and one warning says so for the whole table.
		const unplaced = read();
		expect(dates(unplaced)?.slice(0, 3)).toEqual([
			['Siren', '2024-03-05'],
			['Blast', '2024-03-05T14:45+03:00'],
			['Curfew', '2024-03-06']
		]);
		expect(unplaced.problems[0]).toEqual({
			row: 'file',
			field: 'time',
			message:
				'2 times of day have no offset (Z or ±HH:MM) and none was chosen for the table, so only their days are kept: choose the offset the times were recorded in',
			severity: 'warning'
		});
		expect(unplaced.problems).toHaveLength(3);
		expect(unplaced.dataset?.columnMapping).toEqual({
			title: 'what',
			date: { column: 'day', form: 'dd-mm-yyyy' },
			time: 'at'
		});
		expect(inKyiv.dataset?.columnMapping?.offset).toBe('+02:00');
	});

	it('keeps the day of a time it cannot place, and gives a date after its time its own reason', () => {
		const log =
			'what,when,at\n' +
			'Late,05/03/2024 25:00,\n' +
			'Shift,05/03/2024,09:00-10:00\n' +
			'Early,05/03/2024 09:00-10:00,\n' +
			'Typo,31/02/2024 14:30,\n' +
			'Eastern,06/03/2024,2:30 PM EST\n';
		const result = importDataset(log, {
			mapping: {
				title: 'what',
				date: { column: 'when', form: 'dd-mm-yyyy' },
				time: 'at',
				offset: 'Z'
			}
		});
		const read = result.dataset?.events.map((event) => `${event.title} ${toIsoString(event.date)}`);
		expect(read?.sort()).toEqual([
			'Early 2024-03-05',
			'Eastern 2024-03-06',
			'Late 2024-03-05',
			'Shift 2024-03-05'
		]);
		const range =
			'reads as a range of times, or as a time at a negative offset: write the time alone, or its offset as UTC-05:00; the event is kept on its day';
		expect(result.problems).toEqual([
			{
				row: 'line 2',
				field: 'date',
				message:
					'"05/03/2024 25:00" is not a real time of day (e.g. 14:30 or 2:30 PM); the event is kept on its day',
				severity: 'warning'
			},
			{ row: 'line 3', field: 'time', message: `"09:00-10:00" ${range}`, severity: 'warning' },
			{
				row: 'line 4',
				field: 'date',
				message: `"05/03/2024 09:00-10:00" ${range}`,
				severity: 'warning'
			},
			{
				row: 'line 5',
				field: 'date',
				message: '"31/02/2024" is not a real date read day first',
				severity: 'error'
			},
			{
				row: 'line 6',
				field: 'time',
				message:
					'"2:30 PM EST" gives its zone as EST, a name that stands for no one offset (CST is both US Central and China Standard Time): write the offset, such as -05:00, in its place; the event is kept on its day',
				severity: 'warning'
			}
		]);
	});

	it('keeps a date cell that ISO writes whole as it is, and an end with its time', () => {
		const spans =
			'what,from,until\n' +
			'Talks,2024-03-05T09:00:00Z,2024-03-05 17:30\n' +
			'Vigil,2024-03-06T20:00,2024-03-07T06:00+01:00\n';
		const result = importDataset(spans, {
			mapping: {
				title: 'what',
				date: { column: 'from', form: 'iso' },
				end: 'until',
				offset: '+01:00'
			}
		});
		expect(
			result.dataset?.events.map((event) => [
				toIsoString(event.date),
				event.end && toIsoString(event.end)
			])
		).toEqual([
			['2024-03-05T09:00:00Z', '2024-03-05T17:30+01:00'],
			['2024-03-06T20:00+01:00', '2024-03-07T06:00+01:00']
		]);
		expect(result.problems).toEqual([]);
	});

	it("says once how many of the time column's cells a date's own time overruled", () => {
		const log =
			'what,when,at\n' +
			'Talks,2024-03-05T09:00:00Z,14:30\n' +
			'Vigil,2024-03-06 20:00,20:00\n' +
			'Walk,2024-03-07 08:15,8:15 AM\n' +
			'March,2024-03-08 10:00,11:00\n' +
			'Rally,2024-03-09,16:00\n';
		const read = (rows: string) =>
			importDataset(rows, {
				mapping: { title: 'what', date: { column: 'when', form: 'iso' }, time: 'at', offset: 'Z' }
			});
		const result = read(log);
		expect(result.dataset?.events.map((event) => [event.title, toIsoString(event.date)])).toEqual([
			['Talks', '2024-03-05T09:00:00Z'],
			['Vigil', '2024-03-06T20:00Z'],
			['Walk', '2024-03-07T08:15Z'],
			['March', '2024-03-08T10:00Z'],
			['Rally', '2024-03-09T16:00Z']
		]);
		expect(result.problems).toEqual([
			{
				row: 'file',
				field: 'time',
				message:
					"the time column was not used on 2 lines whose date gives another time of its own: the date's time is kept",
				severity: 'warning'
			}
		]);
		const one = read(log.split('\n').slice(0, 2).join('\n'));
		expect(one.problems.map((problem) => problem.message)).toEqual([
			"the time column was not used on 1 line whose date gives another time of its own: the date's time is kept"
		]);
	});

	it('reports a mapping that names a missing column', () => {
		const result = importDataset(table, { mapping: { ...mapping, note: 'nothing' } });
		expect(result.dataset).toBeNull();
		expect(result.problems).toEqual([
			{
				row: 'file',
				field: 'columnMapping.note',
				message: 'there is no column "nothing"',
				severity: 'error'
			}
		]);
	});

	it('without a mapping, offers the header and first rows to map', () => {
		const result = importDataset(table);
		expect(result.dataset).toBeNull();
		expect(result.table?.headers).toEqual([
			'Kind of event',
			'When',
			'Town',
			'Y',
			'X',
			'Who',
			'Group',
			'Labels',
			'Summary'
		]);
		expect(result.table?.rows).toHaveLength(3);
		expect(result.table?.rows[0].when).toBe('21 November 2023');
	});
});

describe('unreadColumns(headers, mapping)', () => {
	const headers = ['Headline', 'Event Date', 'Town', 'Deaths', 'Reporter', ' ', 'lat', 'lon'];
	const date = { column: 'Event Date', form: 'iso' as const };
	it.each([
		{
			name: 'a bare title column and the date',
			mapping: { title: 'Headline', date },
			unread: ['Town', 'Deaths', 'Reporter', 'lat', 'lon']
		},
		{
			name: 'a template naming two columns, written in another case',
			mapping: { title: '{headline} ({DEATHS})', date, place: 'Town' },
			unread: ['Reporter', 'lat', 'lon']
		},
		{
			name: 'every column read, one of them twice',
			mapping: {
				title: 'Headline',
				date,
				place: 'Town',
				note: 'Deaths',
				actor: 'Reporter',
				lat: 'lat',
				lon: 'lon',
				tags: 'Town'
			},
			unread: []
		},
		{
			name: 'one column for both coordinates',
			mapping: { title: 'Headline', date, lat: 'lat', lon: 'lat' },
			unread: ['Town', 'Deaths', 'Reporter', 'lon']
		}
	])('$name', ({ mapping, unread }) => {
		expect(unreadColumns(headers, mapping)).toEqual(unread);
	});
});
