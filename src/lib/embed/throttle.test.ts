import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('sends the first value soon, then at most one per interval, ending with the latest', () => {
		const seen: number[] = [];
		const send = throttle((value: number) => seen.push(value), 100);
		send(1);
		vi.advanceTimersByTime(0);
		expect(seen).toEqual([1]);
		for (let value = 2; value <= 10; value++) {
			send(value);
			vi.advanceTimersByTime(20);
		}
		vi.advanceTimersByTime(200);
		// 1 at once; 2–6 arrive within the first interval and 6 goes at 100 ms; 7–10 wait for 200 ms.
		expect(seen).toEqual([1, 6, 10]);
	});

	it('keeps the interval between calls, however often it is fed', () => {
		const times: number[] = [];
		const start = Date.now();
		const send = throttle(() => times.push(Date.now() - start), 200);
		for (let step = 0; step < 100; step++) {
			send(step);
			vi.advanceTimersByTime(10);
		}
		vi.advanceTimersByTime(200);
		expect(times).toEqual([0, 200, 400, 600, 800, 1000]);
	});

	it('drops what is pending when cancelled', () => {
		const seen: number[] = [];
		const send = throttle((value: number) => seen.push(value), 100);
		send(1);
		send.cancel();
		vi.advanceTimersByTime(500);
		expect(seen).toEqual([]);
	});
});
