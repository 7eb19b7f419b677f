/**
 * The origins of the third-party players a reader may load by pressing a facade: the CSP's
 * `frame-src` (svelte.config.js) allows exactly these, and src/lib/media/playerHosts.ts builds
 * player addresses on them (scripts/playerOrigins.test.ts holds the two equal).
 */
export const PLAYER_FRAME_ORIGINS = [
	'https://www.youtube-nocookie.com',
	'https://player.vimeo.com',
	'https://w.soundcloud.com',
	'https://commons.wikimedia.org'
];
