import type { ImportResult } from './importers/importText';
import type { ChronoEvent } from './model';

/**
 * Events per message from the parser worker. Each message is copied (structured clone) on its
 * own, so the worker writes the next part while the page reads the last: for 100,000 events the
 * two halves of the copy overlap instead of following each other, and no single read of the
 * result blocks the page for half a second.
 */
export const HAND_OVER_EVENTS = 5_000;

/** One message of a parse result's hand-over: its events in parts, then the rest of it. */
export type HandOverMessage =
	| { kind: 'events'; events: ChronoEvent[] }
	| { kind: 'result'; result: ImportResult; eventCount: number };

/** A parse result as the messages that carry it: its events in order, then the result itself. */
export function handOverMessages(result: ImportResult, size = HAND_OVER_EVENTS): HandOverMessage[] {
	const events = result.dataset?.events ?? [];
	const messages: HandOverMessage[] = [];
	for (let from = 0; from < events.length; from += size) {
		messages.push({ kind: 'events', events: events.slice(from, from + size) });
	}
	const rest = result.dataset ? { ...result, dataset: { ...result.dataset, events: [] } } : result;
	messages.push({ kind: 'result', result: rest, eventCount: events.length });
	return messages;
}

/** True for a message of the hand-over (and not, say, the worker saying it has started). */
export function isHandOverMessage(data: unknown): data is HandOverMessage {
	if (!data || typeof data !== 'object') return false;
	const kind = (data as { kind?: unknown }).kind;
	return kind === 'events' || kind === 'result';
}

/**
 * Puts a result together again from its messages, in the order sent. `take` answers null until
 * the last message, then the whole result; it throws when the events that came are not the
 * number the result says it had.
 */
export class HandOverReceiver {
	#parts: ChronoEvent[][] = [];
	#count = 0;

	take(message: HandOverMessage): ImportResult | null {
		if (message.kind === 'events') {
			this.#parts.push(message.events);
			this.#count += message.events.length;
			return null;
		}
		if (this.#count !== message.eventCount) {
			throw new Error(`${this.#count} of ${message.eventCount} events arrived`);
		}
		const { result } = message;
		if (!result.dataset) return result;
		return { ...result, dataset: { ...result.dataset, events: this.#parts.flat() } };
	}
}
