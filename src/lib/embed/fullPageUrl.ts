import { writeUrlState, type UrlState } from '$lib/state/urlState';

/**
 * The full page at the same view: where the Full screen button goes when a frame may not use
 * the Fullscreen API (iPhone Safari, or a snippet without `allow="fullscreen"`).
 */
export function fullPageUrl(appUrl: string, state: UrlState): string {
	const search = writeUrlState(state).toString();
	return `${appUrl.replace(/\/$/, '')}/${search ? `?${search}` : ''}`;
}
