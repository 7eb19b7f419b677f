import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { appOrigin, hostOrigin } from './embedHost';

const panel = (page: Page) => page.getByRole('region', { name: 'Story' });

/** Whether a place's marker lies inside the map's visible box. */
async function markerInView(page: Page, placeId: string) {
	const map = (await page.locator('.cm-leaflet').boundingBox())!;
	// The Leaflet marker only: the static first-view map may still be standing in beside it.
	const marker = await page
		.locator(`.leaflet-container [data-place-id="${placeId}"]`)
		.boundingBox();
	if (!marker) return false;
	const x = marker.x + marker.width / 2;
	const y = marker.y + marker.height / 2;
	return x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height;
}

test('the full page shows the story; ?step=2 opens step 2 with its event selected and the map fitted', async ({
	page
}) => {
	await openApp(page, '/?step=2');
	const story = panel(page);
	await expect(story).toContainText('Step 2 of 8');
	await expect(story.getByRole('heading', { level: 2 })).toHaveText(
		'North Macedonia signs the accession protocol'
	);
	await expect(page.locator('.chronomap')).toHaveAttribute('data-story-step', 'accession-protocol');
	await expect(
		page.locator('.list tr[data-event-id="north-macedonia-accession-protocol"]')
	).toHaveAttribute('aria-current', 'true');
	await expect.poll(() => markerInView(page, 'brussels')).toBe(true);
	await expect(page).toHaveURL(/[?&]step=accession-protocol(&|$)/);
});

test('Next, Previous, the step list and the arrow keys move through the steps; the address follows', async ({
	page
}) => {
	await openApp(page, '/');
	const story = panel(page);
	await expect(page.locator('.chronomap')).not.toHaveAttribute('data-story-step', /./);
	await story.getByRole('button', { name: 'Start the story' }).click();
	await expect(story).toContainText('Step 1 of 8');
	await expect(story.getByRole('button', { name: 'Previous' })).toBeDisabled();
	await expect(page.locator('.chronomap')).toHaveAttribute('data-story-step', 'crimea-2014');
	await expect.poll(() => markerInView(page, 'crimea')).toBe(true);
	await story.getByRole('button', { name: 'Next' }).click();
	await expect(story).toContainText('Step 2 of 8');
	await story.getByRole('button', { name: 'Next' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(story).toContainText('Step 3 of 8');
	await expect(page).toHaveURL(/[?&]step=accession(&|$)/);
	await expect(
		page.locator('.list tr[data-event-id="north-macedonia-nato-accession"]')
	).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('ArrowLeft');
	await expect(story).toContainText('Step 2 of 8');
	await story.getByText('Steps', { exact: true }).click();
	await story.getByRole('button', { name: 'NATO on the Balkans' }).click();
	await expect(story).toContainText('Step 8 of 8');
	await expect(story.getByRole('button', { name: 'NATO on the Balkans' })).toHaveAttribute(
		'aria-current',
		'step'
	);
	await expect(story.getByRole('button', { name: 'Next' })).toBeDisabled();
	await expect.poll(() => markerInView(page, 'skopje')).toBe(true);
});

test('playing leaves the story, "Back to the story" returns, and choosing a step pauses playback', async ({
	page
}) => {
	await openApp(page, '/?step=crimea-2014');
	const root = page.locator('.chronomap');
	const story = panel(page);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(root).toHaveAttribute('data-story-left', 'true');
	await expect(root).toHaveAttribute('data-story-step', 'crimea-2014');
	await expect(page).not.toHaveURL(/[?&]step=/);
	await story.getByRole('button', { name: 'Back to the story' }).click();
	await expect(root).not.toHaveAttribute('data-story-left', /./);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page.locator('.list tr[data-event-id="crimea-referendum-2014"]')).toHaveAttribute(
		'aria-current',
		'true'
	);
	// Exploring (choosing another event) leaves it too.
	await page.locator('.list tr[data-event-id="stoltenberg-belgrade-visit"] button').click();
	await expect(root).toHaveAttribute('data-story-left', 'true');
});

test('beside the map, story and details leave no blank band above the timeline', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	// A long event, so the details would outgrow their share without the limit.
	await openApp(page, '/?event=crimea-referendum-2014');
	const map = (await page.locator('.map-area').boundingBox())!;
	const details = (await page.locator('.details-area').boundingBox())!;
	const timeline = (await page.locator('.timeline-area').boundingBox())!;
	expect(details.y + details.height).toBeLessThanOrEqual(map.y + map.height + 1);
	expect(timeline.y - (map.y + map.height)).toBeLessThan(20);
});

test('an unknown step gets a gentle notice; a number past the end is no step', async ({ page }) => {
	await openApp(page, '/?step=99');
	await expect(page.getByText('There is no step “99” in this story.')).toBeVisible();
	await expect(page.locator('.chronomap')).not.toHaveAttribute('data-story-step', /./);
});

test('with reduced motion a step jumps: the map does not fly', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openApp(page, '/?step=crimea-2014');
	await expect.poll(() => markerInView(page, 'crimea')).toBe(true);
	const frames = await page.evaluate(async () => {
		const pane = document.querySelector('.leaflet-map-pane')!;
		let changes = 0;
		const observer = new MutationObserver(() => changes++);
		observer.observe(pane, { attributes: true, attributeFilter: ['style'] });
		const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next')!;
		next.click();
		await new Promise((resolve) => setTimeout(resolve, 1200));
		observer.disconnect();
		return changes;
	});
	expect(frames).toBeLessThanOrEqual(3);
	await expect(panel(page)).toContainText('Step 2 of 8');
	await expect.poll(() => markerInView(page, 'brussels')).toBe(true);
});

test.describe('in an embed', () => {
	test.use({ allowOrigins: [hostOrigin(appOrigin)] });

	test('the panel stays hidden by default and shows with story=1', async ({ page }) => {
		await openApp(page, '/embed/');
		await expect(panel(page)).toHaveCount(0);
		await openApp(page, '/embed/?story=1');
		await expect(panel(page)).toBeVisible();
		await openApp(page, '/?story=0');
		await expect(panel(page)).toHaveCount(0);
	});

	test('a host on another origin steps the story and hears each step', async ({
		page,
		baseURL
	}) => {
		const params = new URLSearchParams({ src: `${baseURL}/embed/`, width: '800', height: '600' });
		await page.goto(`${hostOrigin(baseURL!)}/host.html?${params}`);
		const frame = page.frameLocator('#frame');
		const received = (type: string) =>
			page.evaluate(
				(type) =>
					(window as unknown as { received: { data: { type?: string } }[] }).received
						.map((message) => message.data)
						.filter((data) => data && data.type === type),
				type
			);
		await expect.poll(() => received('chronomap:ready')).toHaveLength(1);
		expect((await received('chronomap:ready'))[0]).toMatchObject({ steps: 8 });
		await expect(frame.getByRole('region', { name: 'Story' })).toHaveCount(0);
		const send = (message: unknown) =>
			page.evaluate(
				(message) =>
					(document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(
						message,
						'*'
					),
				message
			);
		await send({ type: 'chronomap:step', step: 'invasion' });
		await expect(frame.getByRole('region', { name: 'Story' })).toContainText('Step 4 of 8');
		await send({ type: 'chronomap:step', step: 'no-such-step' });
		await send({ type: 'chronomap:step', step: 2 });
		await expect(frame.getByRole('region', { name: 'Story' })).toContainText('Step 2 of 8');
		await frame.getByRole('button', { name: 'Next' }).click();
		await expect
			.poll(() => received('chronomap:step'))
			.toEqual([
				{ type: 'chronomap:step', step: 4, id: 'invasion' },
				{ type: 'chronomap:step', step: 2, id: 'accession-protocol' },
				{ type: 'chronomap:step', step: 3, id: 'accession' }
			]);
	});
});

test.describe('scrollytelling on another origin', () => {
	test.use({ allowOrigins: [hostOrigin(appOrigin)] });

	test('with two frames, data-chronomap-frame picks the one a section drives', async ({
		page,
		baseURL
	}) => {
		await page.goto(`${hostOrigin(baseURL!)}/scrolly-two.html?app=${encodeURIComponent(baseURL!)}`);
		const first = page.frameLocator('#first').locator('.chronomap');
		const second = page.frameLocator('#second').locator('.chronomap');
		await expect(first).toHaveAttribute('data-status', 'ready');
		await expect(second).toHaveAttribute('data-status', 'ready');
		const section = (step: string) => page.locator(`[data-chronomap-step="${step}"]`);
		await section('accession').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(second).toHaveAttribute('data-story-step', 'accession');
		await section('invasion').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(second).toHaveAttribute('data-story-step', 'invasion');
		await section('accession').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(second).toHaveAttribute('data-story-step', 'accession');
		await expect(first).not.toHaveAttribute('data-story-step', /./);
		expect(await page.locator('#second').evaluate((f) => f.clientHeight)).toBe(400);
	});
});

test('the scrollytelling example: scrolling the host page moves the embed through the steps, and back', async ({
	page
}) => {
	await page.setViewportSize({ width: 1200, height: 800 });
	await page.goto('/examples/scrolly.html');
	const frame = page.frameLocator('#story-frame');
	await expect(frame.locator('.chronomap')).toHaveAttribute('data-status', 'ready');
	const root = frame.locator('.chronomap');
	const sections = page.locator('[data-chronomap-step]');
	await expect(sections).toHaveCount(8);
	const frameHeight = await page.locator('#story-frame').evaluate((f) => f.clientHeight);
	for (const index of [0, 2, 3, 7]) {
		await sections.nth(index).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const id = await sections.nth(index).getAttribute('data-chronomap-step');
		await expect(root).toHaveAttribute('data-story-step', id!);
	}
	await sections.nth(1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(root).toHaveAttribute('data-story-step', 'accession-protocol');
	await expect(frame.getByRole('region', { name: 'Story' })).toContainText('Step 2 of 8');
	// The frame keeps the height the page gives it (data-chronomap-autosize="off").
	expect(await page.locator('#story-frame').evaluate((f) => f.clientHeight)).toBe(frameHeight);
});

test('a StoryMapJS file opens as a story: dated slides are events, an undated one frames its place', async ({
	page
}) => {
	/** Whether Bosnia and Herzegovina's shape sits in the middle half of the map. */
	const bosniaCentred = async () => {
		const map = (await page.locator('.cm-leaflet').boundingBox())!;
		const country = (await page.locator('[data-country="BIH"]').first().boundingBox())!;
		const x = country.x + country.width / 2 - map.x;
		const y = country.y + country.height / 2 - map.y;
		return (
			x > map.width / 4 && x < (3 * map.width) / 4 && y > map.height / 4 && y < (3 * map.height) / 4
		);
	};
	await openApp(page, '/?data=/examples/storymap.json&step=1');
	const story = panel(page);
	await expect(story).toContainText('Step 1 of 5');
	await expect(page.locator('.list tr[data-event-id]')).toHaveCount(4);
	await expect.poll(() => markerInView(page, 'ljubljana')).toBe(true);
	await expect.poll(bosniaCentred).toBe(false);
	// Sarajevo has no event, so no marker: the step frames the place itself.
	await story.getByText('Steps', { exact: true }).click();
	await story.getByRole('button', { name: 'Outside NATO' }).click();
	await expect(story).toContainText('Step 5 of 5');
	await expect.poll(bosniaCentred).toBe(true);
	await expect(page.locator('.list tr[aria-current="true"]')).toHaveCount(0);
	await story.getByRole('button', { name: 'Previous' }).click();
	await expect(
		page.locator('.list tr[data-event-id="north-macedonia-joins-nato"]')
	).toHaveAttribute('aria-current', 'true');
});
