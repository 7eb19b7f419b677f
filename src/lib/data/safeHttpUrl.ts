/**
 * Returns the URL when it is an absolute http(s) link without credentials, else undefined: no
 * other scheme is ever linked, and `https://reuters.com@evil.example/` (a user name that looks
 * like a host) is refused rather than shown as if it led to the name before the `@`.
 */
export function safeHttpUrl(url: unknown): string | undefined {
	if (typeof url !== 'string') return undefined;
	const trimmed = url.trim();
	try {
		const parsed = new URL(trimmed);
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
		if (parsed.username !== '' || parsed.password !== '') return undefined;
		return parsed.href;
	} catch {
		return undefined;
	}
}

/** The host a link leads to, shown beside its text so a reader sees where it goes. */
export function linkHost(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
}
