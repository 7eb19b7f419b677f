import { safeHttpUrl } from '../safeHttpUrl';

const EMAIL = /^[^\s@/:<>"]+@[^\s@/:<>"]+\.[^\s@/:<>"]+$/;

/**
 * Where "Report an error" leads: a `mailto:` for an e-mail address, the address itself for an
 * http(s) link, nothing for anything else (no other scheme is ever linked).
 */
export function correctionsHref(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const address = value.trim().replace(/^mailto:/i, '');
	if (EMAIL.test(address)) return `mailto:${address}`;
	return safeHttpUrl(value);
}
