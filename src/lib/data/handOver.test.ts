import { describe, expect, it } from 'vitest';
import { HandOverReceiver, handOverMessages, isHandOverMessage } from './handOver';
import type { ImportResult } from './importers/importText';
import { importedEvents } from './testing/importedEvents';
import { PARSER_READY } from './parserReady';

/** Sends messages through a structured clone, as postMessage does. */
function received(messages: ReturnType<typeof handOverMessages>): ImportResult | null {
	const receiver = new HandOverReceiver();
	let result: ImportResult | null = null;
	for (const message of messages) result = receiver.take(structuredClone(message));
	return result;
}

describe('handOverMessages and HandOverReceiver', () => {
	const table = [
		{ events: 0, size: 3, messages: 1 },
		{ events: 1, size: 3, messages: 2 },
		{ events: 3, size: 3, messages: 2 },
		{ events: 4, size: 3, messages: 3 },
		{ events: 10, size: 3, messages: 5 },
		{ events: 10, size: 100, messages: 2 }
	];
	it.each(table)(
		'$events events in parts of $size: $messages messages, the same result again',
		({ events, size, messages }) => {
			const result = importedEvents(events);
			expect(result.dataset?.events).toHaveLength(events);
			const sent = handOverMessages(result, size);
			expect(sent).toHaveLength(messages);
			expect(sent.slice(0, -1).every((message) => message.kind === 'events')).toBe(true);
			expect(received(sent)).toEqual(result);
		}
	);

	it('hands over a result without a dataset as it is', () => {
		const failed: ImportResult = {
			format: null,
			dataset: null,
			problems: [{ row: 'file', field: '', message: 'is not valid JSON', severity: 'error' }]
		};
		expect(handOverMessages(failed)).toEqual([{ kind: 'result', result: failed, eventCount: 0 }]);
		expect(received(handOverMessages(failed))).toEqual(failed);
	});

	it('refuses a result whose events did not all arrive', () => {
		const sent = handOverMessages(importedEvents(7), 3);
		const receiver = new HandOverReceiver();
		receiver.take(sent[0]);
		expect(() => receiver.take(sent[sent.length - 1])).toThrow('3 of 7 events arrived');
	});

	it('tells its messages from anything else a worker says', () => {
		expect(handOverMessages(importedEvents(2), 1).every(isHandOverMessage)).toBe(true);
		for (const other of [PARSER_READY, null, 7, {}, { kind: 'other' }]) {
			expect(isHandOverMessage(other)).toBe(false);
		}
	});
});
