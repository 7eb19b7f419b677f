import type { DataSource } from './DataOrigin.svelte';

/**
 * Classifies a data address against the app's own origin and the build's allowlist: data from
 * an allowlisted origin counts as the publisher's own; any other origin is labelled by host.
 */
export function dataOriginOf(
	dataUrl: URL,
	appOrigin: string,
	allowedOrigins: readonly string[]
): DataSource {
	if (dataUrl.origin === appOrigin || allowedOrigins.includes(dataUrl.origin)) {
		return { kind: 'own' };
	}
	return { kind: 'remote', host: dataUrl.host };
}
