import type { Page } from '@playwright/test';
import { gapStats, type GapStats } from './stats';

export interface ScrubReport {
	durationMs: number;
	/** Pointer moves sent; fewer than the planned steps when the page could not keep up. */
	moves: number;
	gaps: GapStats;
	longTasks: { count: number; maxMs: number };
}

/** Records animation-frame timestamps and long tasks in the page while `recording` is on. */
const RECORDER = `(() => {
	const bench = (window.__bench = { recording: false, frames: [], longTasks: [] });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
	const loop = (time) => {
		if (bench.recording) bench.frames.push(time);
		requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
})()`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Drags the scrubber handle from the start of its track to the end in `steps` pointer moves
 * spread over about `durationMs`, and reports frame gaps and long tasks during the drag.
 */
export async function measureScrub(
	page: Page,
	steps = 120,
	durationMs = 2000
): Promise<ScrubReport> {
	await page.evaluate(RECORDER);
	const handle = page.locator('[role=slider]').first();
	const track = await handle.locator('xpath=..').boundingBox();
	const grip = await handle.boundingBox();
	if (!track || !grip) throw new Error('scrubber not on screen');
	const y = grip.y + grip.height / 2;
	const left = track.x + 1;
	const right = track.x + track.width - 1;
	await page.mouse.move(grip.x + grip.width / 2, y);
	await page.mouse.down();
	await page.mouse.move(left, y, { steps: 4 });
	const before = await handle.getAttribute('aria-valuenow');
	const started = Date.now();
	const startedInPage = await page.evaluate(`(window.__bench.recording = true, performance.now())`);
	// Moves follow the clock: when the page falls behind, positions are skipped as a busy
	// browser coalesces pointer events, so the drag always spans the track in about durationMs.
	let moves = 0;
	for (let step = 0; step < steps;) {
		const due = Math.floor(((Date.now() - started) / durationMs) * steps) + 1;
		step = Math.min(steps, Math.max(step + 1, due));
		await page.mouse.move(left + ((right - left) * step) / steps, y);
		moves += 1;
		const wait = started + (durationMs * step) / steps - Date.now();
		if (wait > 0) await sleep(wait);
	}
	await page.mouse.up();
	await page.evaluate(
		'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))'
	);
	const durationMsReal = Date.now() - started;
	const { frames, longTasks } = (await page.evaluate(
		`(window.__bench.recording = false, { frames: window.__bench.frames, longTasks: window.__bench.longTasks })`
	)) as { frames: number[]; longTasks: [number, number][] };
	const after = await handle.getAttribute('aria-valuenow');
	if (before === after) throw new Error('the scrub did not move the current time');
	const during = longTasks.filter(([start]) => start >= (startedInPage as number));
	return {
		durationMs: durationMsReal,
		moves,
		gaps: gapStats(frames),
		longTasks: {
			count: during.length,
			maxMs: Math.max(0, ...during.map(([, duration]) => duration))
		}
	};
}
