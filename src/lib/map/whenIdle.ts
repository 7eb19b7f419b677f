/**
 * Runs `task` once, after the page's `load` and then the browser's next idle moment (at most
 * `timeout` ms later), so what the first view does not need never competes with it. Returns a
 * cancel that undoes whatever is still pending.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
	let idle: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const schedule = () => {
		if ('requestIdleCallback' in window) idle = requestIdleCallback(task, { timeout });
		else timer = setTimeout(task, 200);
	};
	if (document.readyState === 'complete') schedule();
	else addEventListener('load', schedule, { once: true });
	return () => {
		removeEventListener('load', schedule);
		if (idle !== undefined) cancelIdleCallback(idle);
		clearTimeout(timer);
	};
}
