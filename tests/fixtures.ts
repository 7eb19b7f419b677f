import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	/** Origins besides the app's own that this test serves itself (e.g. a host page). */
	allowOrigins: string[];
	/** Console errors this test provokes on purpose (matched by substring). */
	expectConsoleErrors: string[];
	/**
	 * Off-origin origins this test expects the page to try (a player after a reader's press).
	 * Their requests are still blocked and recorded; they just do not fail the test, which reads
	 * `offOriginRequests` to check exactly what was attempted.
	 */
	expectBlockedOrigins: string[];
}

export interface Recorded {
	/** Every request that tried to leave the app's origin, in order; all of them were blocked. */
	offOriginRequests: string[];
}

/**
 * Every browser test fails on an uncaught page error, on a console error it did not expect,
 * and on any request that leaves the app's origin (such requests are also blocked).
 */
export const test = base.extend<Guard & Recorded & { guard: void }>({
	allowOrigins: [[], { option: true }],
	expectConsoleErrors: [[], { option: true }],
	expectBlockedOrigins: [[], { option: true }],
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
	offOriginRequests: async ({}, use) => use([]),
	guard: [
		async (
			{
				context,
				baseURL,
				allowOrigins,
				expectConsoleErrors,
				expectBlockedOrigins,
				offOriginRequests
			},
			use
		) => {
			const allowed = new Set([new URL(baseURL!).origin, ...allowOrigins]);
			const offOrigin = offOriginRequests;
			const errors: string[] = [];
			await context.route('**/*', (route) => {
				const url = route.request().url();
				const origin = new URL(url).origin;
				if (allowed.has(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
					return route.continue();
				}
				offOrigin.push(url);
				return route.abort('blockedbyclient');
			});
			const watch = (page: Page) => {
				page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
				page.on('console', (message) => {
					if (message.type() !== 'error') return;
					const text = message.text();
					if (expectConsoleErrors.some((expected) => text.includes(expected))) return;
					errors.push(`console error: ${text}`);
				});
			};
			context.pages().forEach(watch);
			context.on('page', watch);
			await use();
			const unexpected = offOrigin.filter(
				(url) => !expectBlockedOrigins.includes(new URL(url).origin)
			);
			expect(unexpected, 'requests that left the app origin').toEqual([]);
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens a route and waits until the data is loaded and the view is drawn. */
export async function openApp(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', /ready|failed/);
}
