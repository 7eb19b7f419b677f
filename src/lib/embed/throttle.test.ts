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
		expect(seen.length).toBeLessThanOrEqual(4);
		expect(seen.at(-1)).toBe(10);
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
