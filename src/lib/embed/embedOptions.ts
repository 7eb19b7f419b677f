import { parseAllowedOrigins, type AllowedOrigins } from './allowedOrigins';

/** What an embed's address may say beyond what the full app's address says. */
export interface EmbedOptions {
	/** Show the playback and zoom controls (controls=0 hides them). */
	controls: boolean;
	/** Start playing once ready (autoplay=1); ignored under reduced motion. */
	autoplay: boolean;
	/** Show the list of events under the view (list=1). */
	list: boolean;
	/** Host origins allowed to command the embed and to receive its messages (origin=). */
	origins: AllowedOrigins;
	/** Size to content rather than to the frame (autosize=1, or the embed.js handshake). */
	autosize: boolean;
}

const flag = (value: string | null, fallback: boolean) =>
	value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : fallback;

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	return {
		controls: flag(params.get('controls'), true),
		autoplay: flag(params.get('autoplay'), false),
		list: flag(params.get('list'), false),
		origins: parseAllowedOrigins(params.getAll('origin')),
		autosize: flag(params.get('autosize'), false)
	};
}
