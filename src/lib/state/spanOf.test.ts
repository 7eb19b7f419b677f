import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '$lib/data/model';
import { extentOf, spanOf } from './timeSteps';

const event = (start: number, stop: number) => ({ start, stop }) as ChronoEvent;

describe('spanOf(events) and extentOf(events)', () => {
	it.each([
		{ name: 'no events', events: [], span: null },
		{
			name: 'one event',
			events: [event(10, 20)],
			span: { extent: [10, 20], latestStart: 10 }
		},
		{
			// The latest start is not the last stop's event: a long span can end after a later start.
			name: 'a long span that ends last',
			events: [event(0, 100), event(30, 40), event(50, 60)],
			span: { extent: [0, 100], latestStart: 50 }
		},
		{
			name: 'events in no order, before 1970 too',
			events: [event(5, 6), event(-50, -10), event(80, 90), event(-60, 200)],
			span: { extent: [-60, 200], latestStart: 80 }
		}
	])('$name', ({ events, span }) => {
		expect(spanOf(events)).toEqual(span);
		expect(extentOf(events)).toEqual(span?.extent ?? null);
	});
});
