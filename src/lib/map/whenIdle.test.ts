// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle';

/** A page whose frames, timers and idle moments the test steps through by hand. */
function fakePage(readyState: 'loading' | 'complete') {
	const frames: (() => void)[] = [];
	const idles: (() => void)[] = [];
	const listeners: (() => void)[] = [];
	vi.stubGlobal('document', { readyState });
	vi.stubGlobal('window', { requestIdleCallback: true });
	vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
	vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
	vi.stubGlobal('requestIdleCallback', (run: () => void) => idles.push(run));
	vi.stubGlobal('cancelIdleCallback', (id: number) => (idles[id - 1] = () => {}));
	vi.stubGlobal('addEventListener', (_: string, run: () => void) => listeners.push(run));
	vi.stubGlobal('removeEventListener', () => listeners.splice(0));
	return {
		load: () => listeners.splice(0).forEach((run) => run()),
		paint: () => frames.splice(0).forEach((run) => run()),
		idle: () => idles.splice(0).forEach((run) => run())
	};
}

describe('whenIdle(task)', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits for the load, a painted frame and an idle moment, in that order', () => {
		const page = fakePage('loading');
		const task = vi.fn();
		whenIdle(task);
		page.paint();
		page.idle();
		expect(task).not.toHaveBeenCalled();
		page.load();
		page.idle();
		expect(task).not.toHaveBeenCalled();
		page.paint();
		page.idle();
		expect(task).not.toHaveBeenCalled();
		vi.runAllTimers();
		page.idle();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('starts from the next frame when the page has already loaded', () => {
		const page = fakePage('complete');
		const task = vi.fn();
		whenIdle(task);
		page.paint();
		vi.runAllTimers();
		page.idle();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('does nothing once cancelled', () => {
		const page = fakePage('complete');
		const task = vi.fn();
		const cancel = whenIdle(task);
		page.paint();
		cancel();
		vi.runAllTimers();
		page.idle();
		expect(task).not.toHaveBeenCalled();
	});
});
