import { expect, type Page } from '@playwright/test';

/** The host page lives on another origin than the app: the next port. */
export function hostOrigin(baseURL: string) {
	const url = new URL(baseURL);
	return `http://127.0.0.1:${Number(url.port) + 1}`;
}

/** The app's origin for this run, known before a test starts (for `allowOrigins`). */
export const appOrigin = `http://127.0.0.1:${process.env.CHRONOMAP_PORT ?? 4173}`;

export interface ArticleOptions {
	query?: string;
	width?: number;
	height?: number;
	allow?: string;
	sandbox?: string;
}

/**
 * Opens a long article on the host origin with the embed framed in its middle (taller than the
 * viewport, so it can scroll), and waits until the embed has drawn its map and timeline.
 */
export async function openArticle(page: Page, baseURL: string, options: ArticleOptions = {}) {
	const params = new URLSearchParams({
		src: `${baseURL}/embed/${options.query ? `?${options.query}` : ''}`,
		width: String(options.width ?? 800),
		height: String(options.height ?? 480)
	});
	if (options.allow) params.set('allow', options.allow);
	if (options.sandbox !== undefined) params.set('sandbox', options.sandbox);
	await page.goto(`${hostOrigin(baseURL)}/article.html?${params}`);
	const frame = page.frameLocator('#frame');
	await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	await expect(frame.locator('.cm-leaflet')).toHaveAttribute('data-zoom', /\d/);
	return frame;
}
