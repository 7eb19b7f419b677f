import { CSV_COLUMNS } from '../importers/importCsv';
import fc from 'fast-check';
import { csvFormatRows } from 'd3-dsv';

/**
 * Inputs for the property tests of the readers: any text or value, and inputs shaped like each
 * format with mostly plausible fields, so that some rows pass and the checks on kept rows run.
 */
const csvish = fc
	.array(
		fc.array(
			fc.oneof(
				fc.string(),
				fc.constantFrom(
					'2023-02-30',
					'2020',
					'2021-05',
					'3',
					'50.4',
					'-200',
					'"',
					'<b>x</b>',
					'Kyiv',
					'',
					'title',
					'era'
				)
			),
			{ maxLength: 14 }
		),
		{ maxLength: 12 }
	)
	.map((rows) => rows.map((row) => row.join(',')).join('\n'));
const csvHeaders = fc.constantFrom(
	'id,title,date,end,place,lat,lon,actor,kind,quote,note,source_url',
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background'
);
const withHeader = fc.tuple(csvHeaders, csvish).map(([header, body]) => `${header}\n${body}`);
const value = fc.oneof(fc.jsonValue(), fc.anything());
/** Mostly plausible values, so that some rows pass and the checks on kept events run. */
const likely = <T>(plausible: fc.Arbitrary<T>) =>
	fc.oneof({ arbitrary: plausible, weight: 4 }, { arbitrary: value, weight: 1 });
const text = likely(
	fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('<script>x</script>', '&amp;', 'Kyiv'))
);
const dateText = likely(
	fc.constantFrom(
		'2020',
		'2023-02',
		'2023-11-21',
		'2023-02-30',
		'2023-11-21T23:30:00-05:00',
		'',
		' 2019 '
	)
);
const year = likely(
	fc.oneof(fc.integer({ min: -10000, max: 10000 }), fc.constantFrom('2020', '', '-500'))
);
const month = likely(fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constantFrom('3', '')));
const lat = likely(fc.double({ min: -100, max: 100 }));
const lon = likely(fc.double({ min: -200, max: 200 }));
const parts = likely(fc.record({ year, month, day: month }, { requiredKeys: ['year'] }));
const slideText = likely(fc.record({ headline: text, text }, { requiredKeys: [] }));
const timelineJson = fc.record(
	{
		title: likely(fc.record({ text: slideText })),
		events: likely(
			fc.array(
				fc.record(
					{
						unique_id: likely(fc.constantFrom('a', 'b', 'a', 7)),
						start_date: parts,
						end_date: fc.option(parts),
						text: slideText,
						media: likely(
							fc.record(
								{
									url: likely(fc.constantFrom('https://example.org/', 'javascript:x')),
									caption: text,
									credit: text
								},
								{ requiredKeys: [] }
							)
						),
						group: text
					},
					{ requiredKeys: ['start_date', 'text'] }
				),
				{ maxLength: 6 }
			)
		),
		eras: likely(
			fc.array(
				fc.record({ start_date: parts, end_date: parts, text: slideText }, { requiredKeys: [] }),
				{ maxLength: 3 }
			)
		)
	},
	{ requiredKeys: ['events'] }
);
const geoJson = fc.record(
	{
		type: fc.constantFrom('FeatureCollection', 'Feature'),
		name: text,
		features: likely(
			fc.array(
				fc.record(
					{
						type: fc.constant('Feature'),
						id: likely(fc.constantFrom('a', 'b', 'a', 7)),
						geometry: likely(
							fc.record({
								type: likely(fc.constantFrom('Point', 'LineString')),
								coordinates: likely(fc.tuple(lon, lat))
							})
						),
						properties: likely(
							fc.record(
								{
									title: text,
									name: text,
									time: dateText,
									times: likely(fc.array(dateText)),
									start: dateText,
									end: dateText,
									place: text,
									kind: likely(fc.constantFrom('event', 'claim', 'x')),
									actor: text,
									url: text
								},
								{ requiredKeys: ['title', 'time'] }
							)
						)
					},
					{ requiredKeys: ['geometry', 'properties'] }
				),
				{ maxLength: 6 }
			)
		)
	},
	{ requiredKeys: ['type', 'features'] }
);
const chronomapJson = fc.record(
	{
		version: likely(fc.constant(1)),
		title: text,
		places: likely(
			fc.array(
				fc.record(
					{ id: likely(fc.constantFrom('p', 'q', 'p')), name: text, lat, lon },
					{ requiredKeys: [] }
				),
				{ maxLength: 4 }
			)
		),
		events: likely(
			fc.array(
				fc.record(
					{
						id: likely(fc.constantFrom('a', 'b', 'a', 'c')),
						title: text,
						date: dateText,
						end: fc.option(dateText, { nil: undefined }),
						places: likely(fc.array(fc.constantFrom('p', 'q', 'r'), { maxLength: 2 })),
						kind: likely(fc.constantFrom('event', 'claim', 'x')),
						actor: text,
						media: fc.option(value, { nil: undefined, freq: 5 })
					},
					{ requiredKeys: ['id', 'title', 'date'] }
				),
				{ maxLength: 6 }
			)
		)
	},
	{ requiredKeys: ['version', 'title', 'events'] }
);

const cell = (...plausible: string[]) =>
	fc.oneof(
		{ arbitrary: fc.constantFrom(...plausible), weight: 4 },
		{ arbitrary: fc.string(), weight: 1 }
	);
const chronomapCsv = fc
	.array(
		fc.tuple(
			cell('a', 'b', 'a', ''),
			cell('Title', '<img src=x onerror=alert(1)>', ''),
			cell('2020', '2023-02-30', '2021-05'),
			cell('', '2022'),
			cell('Kyiv', 'Lviv', ''),
			cell('50.4', '95', ''),
			cell('30.5', ''),
			cell('', 'NATO'),
			cell('', 'claim', 'x'),
			cell(''),
			cell(''),
			cell('', 'https://example.org/', 'javascript:x')
		),
		{ maxLength: 8 }
	)
	.map((rows) => csvFormatRows([CSV_COLUMNS, ...rows]));
const timelineCsv = fc
	.array(
		fc.tuple(
			cell('2020', '', 'x', '-500'),
			cell('3', '', '13'),
			cell('1', '', '30'),
			cell('', '2021'),
			cell('Headline', '<b>x</b>', ''),
			cell('', '<p>Text</p>'),
			cell('', 'title', 'era')
		),
		{ maxLength: 8 }
	)
	.map((rows) =>
		csvFormatRows([['Year', 'Month', 'Day', 'End Year', 'Headline', 'Text', 'Type'], ...rows])
	);

/** Text that is never blank: a plausible start, then anything. */
const someText = fc
	.tuple(fc.constantFrom('A', 'Title', 'Київ', '<b>x</b>', 'Скопје'), fc.string({ maxLength: 20 }))
	.map(([start, rest]) => start + rest);
const validDate = fc.constantFrom(
	'2020',
	'2021-05',
	'2023-11-21',
	'2022-02-24T04:50+02:00',
	'1914',
	'2014-03-16'
);
/** Rows that are valid whatever else the file holds, so the checks on kept rows always run. */
const validCsvRows = fc.array(
	fc
		.tuple(someText, validDate, fc.constantFrom('Kyiv', 'Skopje', 'Suva', ''))
		.map(([title, date, place]) => ({ title, date, place })),
	{ minLength: 1, maxLength: 4 }
);
const chronomapCsvKeeping = fc.tuple(validCsvRows, chronomapCsv).map(([valid, junk]) => {
	const coordinates: Record<string, [string, string]> = {
		Kyiv: ['50.45', '30.52'],
		Skopje: ['41.99', '21.43'],
		Suva: ['-18.14', '178.44'],
		'': ['', '']
	};
	const rows = valid.map(({ title, date, place }, index) => {
		const row = Object.fromEntries(CSV_COLUMNS.map((column) => [column, '']));
		Object.assign(row, { id: `valid-${index}`, title, date, place });
		[row.lat, row.lon] = coordinates[place];
		return CSV_COLUMNS.map((column) => row[column]);
	});
	return `${csvFormatRows([CSV_COLUMNS, ...rows])}\n${junk.split('\n').slice(1).join('\n')}`;
});
const chronomapJsonKeeping = fc
	.tuple(
		fc.array(
			fc.record({ title: someText, date: validDate, kind: fc.constantFrom('event', 'claim') }),
			{ minLength: 1, maxLength: 4 }
		),
		chronomapJson
	)
	.map(([valid, junk]) => {
		const events = Array.isArray(junk.events) ? junk.events : [];
		const good = valid.map((event, index) => ({
			...event,
			id: `valid-${index}`,
			actor: 'Someone'
		}));
		return { ...junk, version: 1, title: 'Shaped', places: [], events: [...good, ...events] };
	});

export const anyText = fc.oneof(
	chronomapCsvKeeping,
	chronomapJsonKeeping.map((v) => JSON.stringify(v)),
	chronomapCsv,
	timelineCsv,
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	csvish,
	withHeader,
	fc.json(),
	timelineJson.map((v) => JSON.stringify(v) ?? ''),
	geoJson.map((v) => JSON.stringify(v) ?? '')
);
export const anyJson = fc.oneof(value, timelineJson, geoJson, chronomapJson, chronomapJsonKeeping);
/** Each format's own shape, to check that the readers keep rows from most of them. */
export const shaped = {
	chronomapJson: chronomapJsonKeeping.map((v) => JSON.stringify(v)),
	chronomapCsv: chronomapCsvKeeping,
	timelineCsv,
	timelineJson: timelineJson.map((v) => JSON.stringify(v) ?? ''),
	geoJson: geoJson.map((v) => JSON.stringify(v) ?? '')
};
