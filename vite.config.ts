import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { readDataOrigins } from './scripts/dataOrigins.js';
import { readTileSource } from './scripts/tileSource.js';

export default defineConfig({
	plugins: [sveltekit()],
	// Build-time allowlist for ?data= (docs/security.md); svelte.config.js mirrors it in the CSP.
	define: {
		__CHRONOMAP_DATA_ORIGINS__: JSON.stringify(readDataOrigins(process.env.CHRONOMAP_DATA_ORIGINS)),
		// The operator's own raster tiles, same origin only (docs/article-and-basemap.md); unset: none.
		__CHRONOMAP_TILES__: JSON.stringify(
			readTileSource(process.env.CHRONOMAP_TILE_URL, process.env.CHRONOMAP_TILE_ATTRIBUTION)
		)
	},
	build: {
		rolldownOptions: {
			output: {
				// The validator is needed only to read a data file; left to itself the bundler shares
				// it in one chunk with small modules every view imports, so the first view paid for it.
				// Svelte's runtime and SvelteKit's client go in one chunk: every page loads them, and
				// split by use they came as three files, one of 65 bytes (0.7 KB gzip more in all).
				codeSplitting: {
					groups: [
						{ name: 'valibot', test: /[\\/]node_modules[\\/]valibot[\\/]/ },
						{
							name: 'framework',
							test: /[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/
						}
					]
				}
			}
		}
	},
	resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
