/** Calls at most once per interval, always delivering the latest value last. */
export function throttle<T>(call: (value: T) => void, intervalMs: number) {
	let last = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: { value: T } | undefined;
	const flush = () => {
		timer = undefined;
		if (!pending) return;
		last = Date.now();
		const { value } = pending;
		pending = undefined;
		call(value);
	};
	const throttled = (value: T) => {
		pending = { value };
		if (timer) return;
		const wait = Math.max(0, last + intervalMs - Date.now());
		timer = setTimeout(flush, wait);
	};
	throttled.cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		pending = undefined;
	};
	return throttled;
}
