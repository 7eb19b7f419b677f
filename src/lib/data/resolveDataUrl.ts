import { isPrivateHost } from './isPrivateHost';

/** Why a load failed, in words for the reader. */
export class LoadError extends Error {}

/**
 * Only same-origin paths and http(s) URLs may be loaded: never javascript:, data: or file:.
 * Another origin must be https: (the CSP's connect-src blocks plain http: anyway, so say why
 * here) and, unless the app itself runs on one, not this machine or a private network. Origins
 * the publisher allows (`CHRONOMAP_DATA_ORIGINS`) are theirs to choose and pass as they are.
 */
export function resolveDataUrl(
	value: string,
	base: string,
	allowedOrigins: readonly string[] = []
): URL {
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		throw new LoadError(`"${value.slice(0, 80)}" is not a web address.`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new LoadError(
			`"${url.protocol}" addresses cannot be loaded; give a same-site path or an http(s) address.`
		);
	}
	const page = new URL(base);
	if (url.origin === page.origin || allowedOrigins.includes(url.origin)) return url;
	if (isPrivateHost(url.hostname) && !isPrivateHost(page.hostname)) {
		throw new LoadError(
			`${url.host} is a local or private-network address, which a page on a public site does not load data from.`
		);
	}
	if (url.protocol === 'http:') {
		throw new LoadError(
			`"${url.host}" was given with http:, but this page loads data from other sites only over https: addresses (its security policy blocks plain http:).`
		);
	}
	return url;
}
