/**
 * Runs `task` once, after the page's `load`, the next painted frame and then the browser's next
 * idle moment (at most `timeout` ms later), so what the first view does not need never competes
 * with it: a view just mounted is drawn, and answers input, before the deferred work is asked
 * for. Returns a cancel that undoes whatever is still pending.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
	let frame: number | undefined;
	let idle: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const idleNow = () => {
		if ('requestIdleCallback' in window) idle = requestIdleCallback(task, { timeout });
		else timer = setTimeout(task, 200);
	};
	// A task queued from the frame runs after that frame has painted.
	const schedule = () => {
		frame = requestAnimationFrame(() => (timer = setTimeout(idleNow)));
	};
	if (document.readyState === 'complete') schedule();
	else addEventListener('load', schedule, { once: true });
	return () => {
		removeEventListener('load', schedule);
		if (frame !== undefined) cancelAnimationFrame(frame);
		if (idle !== undefined) cancelIdleCallback(idle);
		clearTimeout(timer);
	};
}
