import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import { seriousViolations } from './axe';

for (const theme of ['light', 'dark'] as const) {
	test(
		`no serious accessibility violations in the ${theme} theme`,
		{
			tag: '@one-zone'
		},
		async ({ page }) => {
			// axe-core yields between rules with timers, which headless Chromium clamps (about 5 ms
			// each, even on a blank page): three full-page audits take well over the default 30 s.
			test.slow();
			await openApp(page, `/?theme=${theme}`);
			expect(await seriousViolations(page)).toEqual([]);
			await page.locator('.list tr[data-event-id="crimea-referendum-2014"] button').click();
			await expect(page.locator('.details')).toHaveAttribute(
				'data-event-id',
				'crimea-referendum-2014'
			);
			expect(await seriousViolations(page)).toEqual([]);
			await openApp(page, `/embed/?theme=${theme}&list=1&event=shoigu-november-losses-claim`);
			expect(await seriousViolations(page)).toEqual([]);
		}
	);
}

test('keyboard only: scrub, select, read the details, filter — with visible focus each step', async ({
	page
}) => {
	await openApp(page);
	/**
	 * A focus ring: the element (or, for SVG marks, a part of it) looks different focused than
	 * blurred — outline, shadow or stroke. Comparing both states matters: the slider has a shadow
	 * even when it is not focused.
	 */
	const focusIsVisible = () =>
		page.evaluate(() => {
			const element = document.activeElement as HTMLElement | SVGElement | null;
			if (!element || element === document.body) return false;
			const look = () =>
				[element, ...element.querySelectorAll('*')]
					.map((node) => {
						const style = getComputedStyle(node);
						return [
							style.outlineStyle,
							style.outlineWidth,
							style.outlineColor,
							style.boxShadow,
							style.stroke,
							style.strokeWidth
						].join(' ');
					})
					.join(';');
			const focused = look();
			element.blur();
			const blurred = look();
			element.focus();
			return focused !== blurred && document.activeElement === element;
		});

	// Tab to the scrubber handle and step through time.
	const slider = page.locator('[role="slider"]');
	for (let i = 0; i < 60 && !(await slider.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(slider).toBeFocused();
	expect(await focusIsVisible()).toBe(true);
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', '22 February 2014');
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', '16 March 2014');

	// Tab on to an event mark and select it with Enter.
	const firstMark = page.locator('.timeline [data-event-id]').first();
	for (
		let i = 0;
		i < 20 && !(await firstMark.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(firstMark).toBeFocused();
	expect(await focusIsVisible()).toBe(true);
	const id = await firstMark.getAttribute('data-event-id');
	await page.keyboard.press('Enter');
	await expect(page.locator('.details')).toHaveAttribute('data-event-id', id!);

	// A map marker is reachable and works with the keyboard.
	const kyiv = page.locator('.leaflet-container [data-place-id="kyiv"]');
	await kyiv.focus();
	await expect(kyiv).toBeFocused();
	expect(await focusIsVisible()).toBe(true);
	await page.keyboard.press('Enter');
	const list = page.getByRole('dialog', { name: 'Events at Kyiv' });
	await expect(list).toBeVisible();
	expect(await focusIsVisible()).toBe(true);
	await page.keyboard.press('Escape');
	await expect(kyiv).toBeFocused();

	// Filter by kind from the keyboard.
	const claim = page.getByRole('checkbox', { name: 'Claim' });
	await claim.focus();
	expect(await focusIsVisible()).toBe(true);
	await page.keyboard.press('Space');
	await expect(claim).not.toBeChecked();
	await expect(
		page.locator('.list tbody tr[data-event-id="shoigu-november-losses-claim"]')
	).toHaveCount(0);
});

test('controls and markers have names a screen reader can read', async ({ page }) => {
	await openApp(page);
	for (const name of [
		'Zoom in',
		'Zoom out',
		'Fit all',
		'Play',
		'Reset view',
		'Open file',
		'Embed'
	]) {
		await expect(page.getByRole('button', { name, exact: true }).first()).toBeVisible();
	}
	await expect(page.getByRole('slider', { name: 'Current time' })).toBeVisible();
	const labels = await page
		.locator('.leaflet-container [role="button"][data-place-id]')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
	expect(labels.length).toBeGreaterThan(10);
	for (const label of labels) expect(label).toMatch(/\d+ events?/);
});

test('under reduced motion nothing moves by itself', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openApp(page, '/embed/?autoplay=1');
	const slider = page.locator('[role="slider"]');
	const before = await slider.getAttribute('aria-valuenow');
	await page.waitForTimeout(1200);
	expect(await slider.getAttribute('aria-valuenow')).toBe(before);
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('truncated mark labels are the start of the marks’ names, even outside the BMP', async ({
	page
}) => {
	// Titles in CJK Extension B and math letters (two UTF-16 units a character), at uneven gaps
	// so that labels are cut at many lengths. axe strips half characters before comparing, so
	// the label-in-name rule is checked here directly, as well as by axe.
	const titles = ['𠮷野家𠀋𠂤𠃵𠈓𠌫𠏹𠑊𠔉𠗖𠘨𠝏𠠇𠤎𠦝𠩤', '𝐑𝐚𝐥𝐥𝐲𝐅𝐨𝐫𝐏𝐞𝐚𝐜𝐞𝐈𝐧𝐓𝐡𝐞𝐒𝐪𝐮𝐚𝐫𝐞'];
	const events = Array.from({ length: 24 }, (_, index) => ({
		id: `e${index}`,
		title: `${titles[index % 2]}${index}`,
		date: `${2000 + Math.floor((index * (index + 3)) / 4)}-0${1 + (index % 9)}`
	}));
	await page.route('**/data/events.json', (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({ version: 1, title: 'Long titles', events })
		})
	);
	await openApp(page, '/?data=%2Fdata%2Fevents.json');
	await expect(page.locator('.mark text').filter({ hasText: '…' }).first()).toBeVisible();
	const marks = await page.locator('.mark:has(text)').evaluateAll((elements) =>
		elements.map((mark) => ({
			label: mark.querySelector('text')!.textContent!.replace(/…$/, ''),
			name: mark.getAttribute('aria-label')!
		}))
	);
	expect(marks.length).toBeGreaterThan(4);
	const mismatches = marks.filter(
		({ label, name }) => !label.isWellFormed() || !name.startsWith(label)
	);
	expect(mismatches).toEqual([]);
	const results = await new AxeBuilder({ page })
		.withRules(['label-content-name-mismatch'])
		.analyze();
	expect(
		results.violations.flatMap((violation) => violation.nodes.map((node) => node.html))
	).toEqual([]);
});
