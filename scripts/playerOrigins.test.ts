import { describe, expect, it } from 'vitest';
import { PLAYER_ORIGINS } from '../src/lib/media/playerHosts';
import { PLAYER_FRAME_ORIGINS } from './playerOrigins.js';
import config from '../svelte.config.js';

describe('the player allowlist', () => {
	it('is exactly what the CSP frame-src allows besides the app itself', () => {
		const directives = config.kit?.csp?.directives ?? {};
		expect(directives['frame-src']).toEqual(['self', ...Object.values(PLAYER_ORIGINS)]);
		expect(PLAYER_FRAME_ORIGINS).toEqual(Object.values(PLAYER_ORIGINS));
	});

	it('lets media play from the app and from blob: copies only', () => {
		expect(config.kit?.csp?.directives?.['media-src']).toEqual(['self', 'blob:']);
	});
});
