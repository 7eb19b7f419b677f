import { test, expect, openApp } from './fixtures';
import { seriousViolations } from './axe';
import type { Locator, Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../src/lib/i18n/languages';
import { en } from '../src/lib/i18n/messages/en';
import { uk } from '../src/lib/i18n/messages/uk';
import { mk } from '../src/lib/i18n/messages/mk';
import { sr } from '../src/lib/i18n/messages/sr';
import { srLatn } from '../src/lib/i18n/messages/sr-Latn';
import { sq } from '../src/lib/i18n/messages/sq';
import { ar } from '../src/lib/i18n/messages/ar';

const MESSAGES: Record<Language, Record<string, string>> = {
	en,
	uk,
	mk,
	sr,
	'sr-Latn': srLatn,
	sq,
	ar
};

/** 16 March 2014 as each language writes it: the date of the Crimea referendum. */
const REFERENDUM_DAY: Record<Language, string> = {
	en: '16 March 2014',
	uk: '16 березня 2014',
	mk: '16 март 2014',
	sr: '16 март 2014',
	'sr-Latn': '16 mart 2014',
	sq: '16 mars 2014',
	ar: '16 مارس 2014'
};

/** Crimea as the article's data names it for each interface (sr-Latn spelt from sr). */
const CRIMEA: Record<Language, string> = {
	en: 'Crimea',
	uk: 'Крим',
	mk: 'Крим',
	sr: 'Крим',
	'sr-Latn': 'Krim',
	sq: 'Krimea',
	ar: 'القرم'
};

for (const language of LANGUAGES) {
	test(
		`${language}: the interface, its dates and the document speak it, and axe finds nothing`,
		{
			tag: '@one-zone'
		},
		async ({ page }) => {
			// Two axe audits, whose timers headless Chromium clamps, on a machine that may be busy.
			test.setTimeout(180_000);
			const t = MESSAGES[language];
			const direction = language === 'ar' ? 'rtl' : 'ltr';
			await openApp(page, `/?lang=${language}&event=crimea-referendum-2014`);
			await expect(page.locator('.chronomap')).toHaveAttribute('lang', language);
			await expect(page.locator('.chronomap')).toHaveAttribute('dir', direction);
			await expect(page.locator('html')).toHaveAttribute('lang', language);
			await expect(page.locator('html')).toHaveAttribute('dir', direction);
			await expect(page.getByRole('group', { name: t.timeline_name, exact: true })).toBeVisible();
			await expect(page.getByRole('region', { name: t.details, exact: true })).toBeVisible();
			await expect(page.locator('.details time')).toHaveText(REFERENDUM_DAY[language]);
			await expect(page.getByRole('combobox', { name: t.language })).toHaveValue(language);
			// The data's own text keeps its language; place names come in the reader's, where given.
			await expect(page.locator('.details h2')).toHaveAttribute('lang', 'en');
			await expect(page.locator('.details blockquote')).toHaveAttribute('lang', 'en');
			const place = page.locator('.details .places span');
			await expect(place).toHaveText(CRIMEA[language]);
			await expect(place).toHaveAttribute('lang', language);
			await expect(page.locator('.cm-marker[data-place-id="crimea"]')).toHaveAttribute(
				'aria-label',
				new RegExp(`^${CRIMEA[language]}`)
			);
			expect(await seriousViolations(page)).toEqual([]);

			await openApp(page, `/embed/?lang=${language}&list=1`);
			await expect(page.locator('html')).toHaveAttribute('dir', direction);
			await expect(page.getByRole('group', { name: t.timeline_name, exact: true })).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
		}
	);
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

/** How far content spills sideways out of the page and out of each region of the view. */
const overflow = (page: Page) =>
	page.evaluate(() =>
		['html', '.stage', '.map-area', '.details-area', '.timeline-area', '.list-area']
			.flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)])
			.filter((element) => element.scrollWidth > element.clientWidth + 1)
			.map((element) => `${element.className || element.tagName}: ${element.scrollWidth}`)
	);

test('Arabic mirrors the layout at 1280 px but time still runs left to right', async ({ page }) => {
	await openApp(page, '/?lang=en&event=crimea-referendum-2014');
	const english = {
		map: await box(page.locator('.map-area')),
		details: await box(page.locator('.details-area'))
	};
	expect(english.details.x).toBeGreaterThan(english.map.x);

	await openApp(page, '/?lang=ar&event=crimea-referendum-2014');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const map = await box(page.locator('.map-area'));
	const details = await box(page.locator('.details-area'));
	expect(details.x + details.width).toBeLessThanOrEqual(map.x);
	// The map's own controls swap corners: zoom buttons right, the legend left.
	const zoom = await box(page.locator('.leaflet-control-zoom'));
	expect(zoom.x).toBeGreaterThan(map.x + map.width / 2);
	expect(await overflow(page)).toEqual([]);

	// The timeline is not mirrored: the earliest tick is on the left.
	const ticks = page.locator('.timeline .axis text');
	const first = await box(ticks.first());
	const last = await box(ticks.last());
	expect(first.x).toBeLessThan(last.x);
	const slider = page.getByRole('slider', { name: 'الوقت الحالي' });
	const before = Number(await slider.getAttribute('aria-valuenow'));
	const handleBefore = await box(slider);
	await slider.press('ArrowRight');
	await expect(slider).not.toHaveAttribute('aria-valuenow', String(before));
	expect(Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
	expect((await box(slider)).x).toBeGreaterThan(handleBefore.x);
});

test('Arabic at 320 px: right to left and nothing spills sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await openApp(page, '/?lang=ar&event=crimea-referendum-2014');
	await expect(page.locator('.chronomap')).toHaveAttribute('dir', 'rtl');
	expect(await overflow(page)).toEqual([]);
	// Text starts at the right: the details heading hugs the right edge of its panel.
	const panel = await box(page.locator('.details-area'));
	const heading = await box(page.locator('.details .meta'));
	expect(panel.x + panel.width - (heading.x + heading.width)).toBeLessThan(24);
	await openApp(page, '/embed/?lang=ar&list=1');
	expect(await overflow(page)).toEqual([]);
});
