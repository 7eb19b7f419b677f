import { describe, expect, it } from 'vitest';
import { escapeHtml, toTimelineJs, toTimelineJsDate } from './timelinejsPage';

describe('toTimelineJsDate', () => {
	it.each([
		{ date: '2023', expected: { year: 2023 } },
		{ date: '2023-11', expected: { year: 2023, month: 11 } },
		{ date: '2014-02-22', expected: { year: 2014, month: 2, day: 22 } }
	])('toTimelineJsDate($date) keeps the precision', ({ date, expected }) => {
		expect(toTimelineJsDate(date)).toEqual(expected);
	});
});

describe('toTimelineJs', () => {
	it('escapeHtml turns markup in data into text', () => {
		expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe(
			'&#60;b&#62;&#34;Tom&#34; &#38; &#39;Jerry&#39;&#60;/b&#62;'
		);
	});

	it('toTimelineJs takes headline from the title, text from the quote and note, and the eras', () => {
		const dataset = {
			version: 1 as const,
			title: 'T',
			events: [
				{
					id: 'a',
					title: 'A <1>',
					date: '2022-02',
					end: '2022-03',
					places: [],
					quote: 'said',
					note: 'A & B'
				},
				{ id: 'b', title: 'B', date: '2023' }
			],
			eras: [{ id: 'e', title: 'War <II>', date: '2022-02', end: '2023-12' }]
		};
		const copy = structuredClone(dataset);
		const converted = toTimelineJs(dataset);
		expect(converted.eras).toEqual([
			{
				start_date: { year: 2022, month: 2 },
				end_date: { year: 2023, month: 12 },
				text: { headline: 'War &#60;II&#62;' }
			}
		]);
		expect(converted.events).toEqual([
			{
				unique_id: 'a',
				start_date: { year: 2022, month: 2 },
				end_date: { year: 2022, month: 3 },
				text: { headline: 'A &#60;1&#62;', text: '<p>said</p><p>A &#38; B</p>' }
			},
			{ unique_id: 'b', start_date: { year: 2023 }, text: { headline: 'B', text: '' } }
		]);
		expect(dataset).toEqual(copy);
	});
});
