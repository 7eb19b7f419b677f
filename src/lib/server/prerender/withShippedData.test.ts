import { describe, expect, it } from 'vitest';
import { withShippedData } from './withShippedData';

const view = (ids: string[]) =>
	`<div id="cm-static"><header><h1>T</h1></header><table><tbody>${ids
		.map((id) => `<tr data-event-id="${id}"><td>${id}</td></tr>`)
		.join('')}</tbody></table></div>`;

describe('withShippedData', () => {
	it.each([
		{
			name: 'the head after the header, each event at the start of its row',
			ids: ['a', 'b'],
			shipped: { head: '{"count":2}', events: ['{"id":"a"}', '{"id":"b"}'] },
			expected:
				'<div id="cm-static"><header><h1>T</h1></header>' +
				'<script type="application/json" id="cm-dataset">{"count":2}</script><table><tbody>' +
				'<tr data-event-id="a"><script type="application/json" data-cm-event>{"id":"a"}</script><td>a</td></tr>' +
				'<tr data-event-id="b"><script type="application/json" data-cm-event>{"id":"b"}</script><td>b</td></tr>' +
				'</tbody></table></div>'
		},
		{
			name: 'texts with replacement patterns are written as they are',
			ids: ['a'],
			shipped: { head: '{"t":"$& $\' $1"}', events: ['{"id":"$&"}'] },
			expected:
				'<div id="cm-static"><header><h1>T</h1></header>' +
				'<script type="application/json" id="cm-dataset">{"t":"$& $\' $1"}</script><table><tbody>' +
				'<tr data-event-id="a"><script type="application/json" data-cm-event>{"id":"$&"}</script><td>a</td></tr>' +
				'</tbody></table></div>'
		},
		{
			name: 'no shipped data leaves the view as it is',
			ids: ['a'],
			shipped: null,
			expected: view(['a'])
		}
	])('withShippedData: $name', ({ ids, shipped, expected }) => {
		expect(withShippedData(view(ids), shipped)).toBe(expected);
	});

	it.each([
		{ name: 'more rows than events', ids: ['a', 'b'], events: ['{}'] },
		{ name: 'fewer rows than events', ids: ['a'], events: ['{}', '{}'] }
	])('withShippedData stops the build when the list does not match: $name', ({ ids, events }) => {
		expect(() => withShippedData(view(ids), { head: '{}', events })).toThrow(/lists \d+ events/);
	});

	it('withShippedData stops the build when the view has no header', () => {
		expect(() => withShippedData('<table></table>', { head: '{}', events: [] })).toThrow(/header/);
	});
});
