import type { Page } from '@playwright/test';
import { gapStats, lateCount, latencyStats, type GapStats, type LatencyStats } from './stats';

export interface ScrubReport {
	durationMs: number;
	/** Pointer moves sent: always the planned steps, on a fixed schedule. */
	moves: number;
	/**
	 * Moves the page drew more than two frames after it received them: it could not take them in
	 * the frame after they came. Counted in the page; the sender's own pacing says nothing here
	 * (each awaited CDP move waits for the renderer's frame-aligned acknowledgement, so an idle
	 * page's moves took about 32 ms each to send and nearly all "ran late" on a 16.7 ms schedule).
	 */
	lateMoves: number;
	gaps: GapStats;
	/** From each pointer event to the end of the frame that drew it, in the page. */
	latency: LatencyStats;
	longTasks: { count: number; maxMs: number };
	/** Marker `data-active` changes during the drag, and how many fell between its first and last move. */
	flips: { total: number; midScrub: number };
}

export interface ScrubOptions {
	steps?: number;
	durationMs?: number;
	/** Fail unless map markers change `data-active` while the drag is under way. */
	expectFlips?: boolean;
}

/**
 * Records, while `recording` is on: animation-frame times, long tasks, each pointer move's
 * latency to the end of the frame after it (a message posted from that frame's animation
 * callback runs once the frame is rendered), and marker `data-active` changes.
 */
const RECORDER = `(() => {
	const bench = (window.__bench = {
		recording: false, frames: [], longTasks: [], latencies: [], flips: [], moves: []
	});
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
	const loop = (time) => {
		if (bench.recording) bench.frames.push(time);
		requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
	const channel = new MessageChannel();
	const pending = [];
	channel.port1.onmessage = () => {
		const now = performance.now();
		for (const start of pending.splice(0)) bench.latencies.push(now - start);
	};
	addEventListener('pointermove', (event) => {
		if (!bench.recording) return;
		bench.moves.push(event.timeStamp);
		if (pending.push(event.timeStamp) === 1) {
			requestAnimationFrame(() => channel.port2.postMessage(0));
		}
	}, { capture: true });
	new MutationObserver((records) => {
		if (!bench.recording) return;
		for (const record of records) if (record.oldValue !== null) bench.flips.push(performance.now());
	}).observe(document.body, { subtree: true, attributeFilter: ['data-active'], attributeOldValue: true });
})()`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const FRAME_MS = 1000 / 60;

/**
 * Drags the scrubber handle from the start of its track to the end in `steps` pointer moves on
 * a fixed schedule over `durationMs`, and reports frame gaps, input-to-paint latency, long tasks,
 * late moves and marker changes during the drag.
 */
export async function measureScrub(
	page: Page,
	{ steps = 120, durationMs = 2000, expectFlips = false }: ScrubOptions = {}
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
	await page.evaluate('window.__bench.recording = true');
	const started = Date.now();
	// Moves go out on schedule, not after the previous one's acknowledgement: a busy page then
	// shows as input waiting in the page (latency, late moves), not as a slow sender.
	const sent: Promise<void>[] = [];
	for (let step = 1; step <= steps; step++) {
		const wait = started + (durationMs * step) / steps - Date.now();
		if (wait > 0) await sleep(wait);
		sent.push(page.mouse.move(left + ((right - left) * step) / steps, y));
	}
	await Promise.all(sent);
	await page.mouse.up();
	await page.evaluate(
		'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))'
	);
	const durationMsReal = Date.now() - started;
	const recorded = (await page.evaluate(
		'(window.__bench.recording = false, window.__bench)'
	)) as {
		frames: number[];
		longTasks: [number, number][];
		latencies: number[];
		flips: number[];
		moves: number[];
	};
	const after = await handle.getAttribute('aria-valuenow');
	if (before === after) throw new Error('the scrub did not move the current time');
	const [firstMove, lastMove] = [recorded.moves[0] ?? 0, recorded.moves.at(-1) ?? 0];
	const midScrub = recorded.flips.filter((time) => time > firstMove && time < lastMove).length;
	if (expectFlips && midScrub === 0) {
		throw new Error('no map marker changed data-active during the drag: the scrub exercised nothing');
	}
	const startedInPage = recorded.frames[0] ?? 0;
	const during = recorded.longTasks.filter(([start]) => start >= startedInPage);
	return {
		durationMs: durationMsReal,
		moves: steps,
		lateMoves: lateCount(recorded.latencies, 2 * FRAME_MS),
		gaps: gapStats(recorded.frames),
		latency: latencyStats(recorded.latencies),
		longTasks: {
			count: during.length,
			maxMs: Math.max(0, ...during.map(([, duration]) => duration))
		},
		flips: { total: recorded.flips.length, midScrub }
	};
}
