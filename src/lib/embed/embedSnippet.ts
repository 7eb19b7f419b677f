import { writeUrlState, type UrlState } from '$lib/state/urlState';
import { defaultGestureMode, type GestureMode } from './gestureMode';

export interface SnippetOptions {
	/** Where the app lives, e.g. https://maps.example.org/chronomap (no trailing slash). */
	appUrl: string;
	state: UrlState;
	title: string;
	height: number;
	controls: boolean;
	list: boolean;
	/** Add the embed.js script so the frame sizes itself to its content. */
	autosize: boolean;
	/** How the embed takes wheel and touch; written only when not the embed's default. */
	gestures?: GestureMode;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed URL for a view: the same parameters as the full app, plus embed options. */
export function embedUrl(options: SnippetOptions): string {
	const params = writeUrlState(options.state);
	if (!options.controls) params.set('controls', '0');
	if (options.list) params.set('list', '1');
	if (options.gestures && options.gestures !== defaultGestureMode(true))
		params.set('gestures', options.gestures);
	const search = params.toString();
	return `${options.appUrl}/embed/${search ? `?${search}` : ''}`;
}

/** The HTML a newsroom pastes into its page: an iframe, and the sizing script when asked. */
export function embedSnippet(options: SnippetOptions): string {
	const iframe =
		`<iframe src="${escapeAttribute(embedUrl(options))}" title="${escapeAttribute(options.title)}"` +
		` width="100%" height="${Math.round(options.height)}" style="border:0;width:100%;max-width:100%"` +
		` allow="fullscreen" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
	if (!options.autosize) return iframe;
	return `${iframe}\n<script src="${escapeAttribute(options.appUrl)}/embed.js" async></script>`;
}
