/**
 * The third-party players that load as a plain iframe after a reader's press, and nothing else.
 * `svelte.config.js` writes the same origins into the CSP's `frame-src` (a test holds them equal).
 */
export const PLAYER_ORIGINS = {
	youtube: 'https://www.youtube-nocookie.com',
	vimeo: 'https://player.vimeo.com',
	soundcloud: 'https://w.soundcloud.com',
	commons: 'https://commons.wikimedia.org'
} as const;

export type Provider = keyof typeof PLAYER_ORIGINS;

/** The host a reader knows each provider by, named on its facade. */
export const PROVIDER_HOSTS: Record<Provider, string> = {
	youtube: 'youtube.com',
	vimeo: 'vimeo.com',
	soundcloud: 'soundcloud.com',
	commons: 'commons.wikimedia.org'
};
