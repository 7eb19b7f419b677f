/** Returns the URL when it is an absolute http(s) link, else undefined: no other scheme is ever linked. */
export function safeHttpUrl(url: unknown): string | undefined {
	if (typeof url !== 'string') return undefined;
	const trimmed = url.trim();
	try {
		const parsed = new URL(trimmed);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}
