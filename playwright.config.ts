import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './scripts/chromiumLaunch';

const port = Number(process.env.CHRONOMAP_PORT ?? 4173);
const root = process.env.CHRONOMAP_OUT ?? 'build';

/**
 * Browser tests run against the built app, served by a plain static server, in Debian's
 * Chromium (CHROMIUM_PATH points elsewhere). Each test runs once in a time zone a day ahead of
 * UTC and once a day behind it, and must see the same calendar dates. Tests tagged `@one-zone`
 * (screenshot grids, language and theme sweeps: nothing a time zone changes) run in the first
 * only, to keep CI fast.
 */
export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	// One worker in CI: on a 2-core machine a second one starves the drag and load-time tests.
	workers: process.env.CI ? 1 : undefined,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunch,
		viewport: { width: 1280, height: 800 },
		trace: 'off'
	},
	projects: [
		{ name: 'kiritimati', use: { timezoneId: 'Pacific/Kiritimati', locale: 'en-GB' } },
		{
			name: 'adak',
			use: { timezoneId: 'America/Adak', locale: 'en-US' },
			grepInvert: /@one-zone/
		}
	],
	webServer: [
		{
			command: `npx tsx scripts/serveStatic.ts ${root} ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// Host pages for the embed tests, on another origin (port) than the app.
			command: `npx tsx scripts/serveStatic.ts tests/hosts ${port + 1}`,
			url: `http://127.0.0.1:${port + 1}/host.html`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// A third origin, for frames that are not Chronomap's (an ad that pretends to be one).
			command: `npx tsx scripts/serveStatic.ts tests/hosts ${port + 2}`,
			url: `http://127.0.0.1:${port + 2}/hostile.html`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
