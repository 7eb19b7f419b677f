import { safeHttpUrl } from '$lib/data/safeHttpUrl';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * A media address as the data may write it: an absolute http(s) address without credentials, or
 * a path relative to the data file (`media/photo.png`, `/images/a.png`). Anything else — other
 * schemes, `//host` and backslashes, which browsers read as another host — is refused.
 */
export function mediaAddress(url: string): string | undefined {
	const trimmed = url.trim();
	if (SCHEME.test(trimmed)) return safeHttpUrl(trimmed);
	if (trimmed === '' || trimmed.startsWith('//') || trimmed.includes('\\')) return undefined;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
	return trimmed;
}

/** The absolute address of a media item: relative paths are read against the data file's. */
export function resolveMedia(url: string, base: string): URL | undefined {
	try {
		const resolved = new URL(url, base);
		return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved : undefined;
	} catch {
		return undefined;
	}
}
