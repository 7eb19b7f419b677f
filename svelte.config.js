import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// CHRONOMAP_OUT lets two builds run side by side (e.g. a benchmark beside a test run).
const out = process.env.CHRONOMAP_OUT;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out ?? 'build', assets: out ?? 'build', strict: true }),
		outDir: out ? `.svelte-kit-${out.replace(/\W/g, '')}` : '.svelte-kit',
		prerender: { entries: ['*'] }
	}
};

export default config;
