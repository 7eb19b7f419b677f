import { describe, expect, it } from 'vitest';
import { zoomedRange } from './zoomedRange';

describe('zoomedRange(events)', () => {
	it.each([
		{ events: 10_000, expected: { from: '2014-02-01', to: '2014-05-03' } },
		{ events: 100_000, expected: { from: '2014-02-01', to: '2014-02-10' } },
		{ events: 100, expected: { from: '2014-02-01', to: '2024-01-30' } }
	])('holds about 250 events of $events over ten years', ({ events, expected }) => {
		expect(zoomedRange(events)).toEqual(expected);
	});
});
