/**
 * The embed's postMessage protocol, version 1: what the frame tells its host page and what the
 * host may ask of it. Every incoming message is checked strictly; anything else is ignored.
 */

export const PROTOCOL_VERSION = 1;
export const PREFIX = 'chronomap:';

/** Messages the embed posts to its parent window. */
export type OutgoingMessage =
	| { type: 'chronomap:ready'; version: typeof PROTOCOL_VERSION; events: number; steps: number }
	| { type: 'chronomap:step'; step: number; id: string }
	| { type: 'chronomap:select'; id: string | null }
	| { type: 'chronomap:time'; t: string; instant?: string }
	| { type: 'chronomap:resize'; height: number }
	| { type: 'chronomap:error'; message: string }
	| { sentinel: 'amp'; type: 'embed-size'; height: number };

/** Commands a host page may send to the embed. */
export type Command =
	| { type: 'chronomap:select'; id: string | null }
	| { type: 'chronomap:setTime'; t: string }
	| { type: 'chronomap:play' }
	| { type: 'chronomap:pause' }
	| { type: 'chronomap:autosize' }
	| { type: 'chronomap:step'; step: string | number };

/** A day, or a date-time with `Z` or an offset. */
const TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;
const MAX_ID = 500;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/** Returns the command a message carries, or null for anything not exactly of a documented shape. */
export function parseCommand(data: unknown): Command | null {
	if (!isPlainObject(data) || typeof data.type !== 'string') return null;
	const keys = Object.keys(data).sort().join(',');
	switch (data.type) {
		case 'chronomap:select':
			if (keys !== 'id,type') return null;
			// `id: null` clears the selection, as the embed reports a cleared one.
			if (data.id === null) return { type: data.type, id: null };
			return typeof data.id === 'string' && data.id.length > 0 && data.id.length <= MAX_ID
				? { type: data.type, id: data.id }
				: null;
		case 'chronomap:setTime':
			return keys === 't,type' && typeof data.t === 'string' && TIME.test(data.t)
				? { type: data.type, t: data.t }
				: null;
		case 'chronomap:step':
			return keys === 'step,type' &&
				((typeof data.step === 'string' && data.step.length > 0 && data.step.length <= MAX_ID) ||
					(typeof data.step === 'number' && Number.isInteger(data.step) && data.step >= 1))
				? { type: data.type, step: data.step }
				: null;
		case 'chronomap:play':
		case 'chronomap:pause':
		case 'chronomap:autosize':
			return keys === 'type' ? { type: data.type } : null;
		default:
			return null;
	}
}
