import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readDataOrigins } from './scripts/dataOrigins.js';
import { PLAYER_FRAME_ORIGINS } from './scripts/playerOrigins.js';

// CHRONOMAP_OUT lets two builds run side by side (e.g. a benchmark beside a test run).
const out = process.env.CHRONOMAP_OUT;
// With an allowlist, ?data= may load only from these origins, and the CSP says the same.
const dataOrigins = readDataOrigins(process.env.CHRONOMAP_DATA_ORIGINS);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out ?? 'build', assets: out ?? 'build', strict: true }),
		outDir: out ? `.svelte-kit-${out.replace(/\W/g, '')}` : '.svelte-kit',
		// The benchmark builds its stack-floor page from scripts/bench/floor with this.
		files: { routes: process.env.CHRONOMAP_ROUTES ?? 'src/routes' },
		typescript: {
			// The floor page is checked and linted like the app's own components.
			config: (config) => {
				config.include.push('../scripts/bench/floor/**/*.ts', '../scripts/bench/floor/**/*.svelte');
			}
		},
		prerender: { entries: ['*'] },
		// Hash-based policy, written into each prerendered page as a <meta> tag. Scripts only from
		// the app itself; data may come from any https: address (?data=); images from the app,
		// and from OpenStreetMap only for the optional tiles=osm layer. Media: the app's own files and
		// blob: copies of files from the data's origin; frames only from the allowlisted players,
		// which load only after a reader presses their facade (docs/security.md).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Style attributes only: Leaflet and Svelte position elements with them. No <style> blocks.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', 'https://tile.openstreetmap.org'],
				'font-src': ['self'],
				'media-src': ['self', 'blob:'],
				'connect-src': dataOrigins.length > 0 ? ['self', ...dataOrigins] : ['self', 'https:'],
				// The parse worker is a file of its own under /_app/immutable/workers/, never a blob.
				'worker-src': ['self'],
				'child-src': ['self'],
				'frame-src': ['self', ...PLAYER_FRAME_ORIGINS],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
