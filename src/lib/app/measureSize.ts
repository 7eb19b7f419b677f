import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's client size now and whenever it changes. Where ResizeObserver is missing
 * or fails, the window's resizes stand in, so the layout still works and no part's failure to
 * measure itself takes the whole view down (each part has its own error boundary; this one is
 * outside them).
 */
export function measureSize(
	report: (width: number, height: number) => void
): Attachment<HTMLElement> {
	return (node) => {
		const read = () => report(node.clientWidth, node.clientHeight);
		read();
		try {
			const observer = new ResizeObserver(read);
			observer.observe(node);
			return () => observer.disconnect();
		} catch {
			addEventListener('resize', read);
			return () => removeEventListener('resize', read);
		}
	};
}
