/**
 * The `origin=` option: which host pages may command the embed and receive its messages. Values
 * are normalised (scheme and host lower-cased, default port dropped, one trailing `/` allowed);
 * a path, query, fragment or credentials make a value unusable. When `origin=` was given but no
 * value is usable the embed fails closed: it posts nothing and obeys nothing, rather than fall
 * back to talking with any page.
 */
export interface AllowedOrigins {
	/** Normalised origins, without repeats. */
	origins: string[];
	/** Values that were given but are not origins, as written (for the console and the notice). */
	refused: string[];
	/** `origin=` was given and nothing usable remains: talk to no one. */
	closed: boolean;
}

export const ANY_ORIGIN: AllowedOrigins = { origins: [], refused: [], closed: false };

/** The normal form of an origin written by a person, or null when it is not just an origin. */
export function normaliseOrigin(value: string): string | null {
	if (/[?#@\\]/.test(value)) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	if (url.pathname !== '/' || !/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/?$/i.test(value)) return null;
	return url.origin;
}

/** Reads every `origin=` value, each holding one or more origins separated by commas or spaces. */
export function parseAllowedOrigins(values: readonly string[]): AllowedOrigins {
	const origins = new Set<string>();
	const refused: string[] = [];
	const given = values.flatMap((item) => item.split(/[\s,]+/)).filter(Boolean);
	for (const value of given) {
		const origin = normaliseOrigin(value);
		if (origin) origins.add(origin);
		else refused.push(value);
	}
	return { origins: [...origins], refused, closed: given.length > 0 && origins.size === 0 };
}

/** Whether a message from this origin may command the embed. */
export function isAllowedOrigin(origin: string, allowed: AllowedOrigins): boolean {
	if (allowed.closed) return false;
	return allowed.origins.length === 0 || allowed.origins.includes(origin);
}

/** Where to post: each allowed origin, anywhere when none was given, nowhere when closed. */
export function targetOrigins(allowed: AllowedOrigins): string[] {
	if (allowed.closed) return [];
	return allowed.origins.length === 0 ? ['*'] : [...allowed.origins];
}
