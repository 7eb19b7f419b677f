import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Answers `/fixtures/<name>` from `tests/fixtures/data/<name>` on the app's origin (404 if absent). */
export async function serveFixtures(page: Page) {
	await page.route(
		(url) => url.pathname.startsWith('/fixtures/'),
		(route) => {
			const name = new URL(route.request().url()).pathname.split('/').pop()!;
			try {
				const body = readFileSync(`tests/fixtures/data/${name}`);
				return route.fulfill({ contentType: 'text/plain; charset=utf-8', body });
			} catch {
				return route.fulfill({ status: 404, body: 'Not found' });
			}
		}
	);
}
