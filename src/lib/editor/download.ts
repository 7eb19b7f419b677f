/** Hands text to the browser as a file download; nothing leaves the machine. */
export function downloadText(text: string, name: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: lower-case words joined by hyphens, or `chronomap`. */
export function fileNameOf(title: unknown, extension: string): string {
	const words = String(title ?? '')
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${words || 'chronomap'}.${extension}`;
}
