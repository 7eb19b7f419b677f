import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { centre } from './mapGeometry';
import { generateEvents } from '../scripts/generateEvents';

/** The article data the app loads, read here so expectations follow the file. */
const article = JSON.parse(readFileSync('static/data/events.json', 'utf8')) as {
	places: { id: string; name: string }[];
	events: { id: string; date: string; places?: string[] }[];
};
const padded = (date: string) => (date + '-01-01').slice(0, 10);
const inOrder = [...article.events].sort(
	(a, b) => padded(a.date).localeCompare(padded(b.date)) || a.id.localeCompare(b.id)
);
const eventsAt = (placeId: string) => inOrder.filter((event) => event.places?.includes(placeId));
const nameOf = (placeId: string) => article.places.find((place) => place.id === placeId)!.name;

const BALKANS_AND_UKRAINE = [
	'skopje',
	'pristina',
	'belgrade',
	'sarajevo',
	'balkans',
	'kyiv',
	'crimea',
	'donetsk',
	'luhansk',
	'zaporizhzhia',
	'kherson',
	'moldova'
];

const map = (page: Page) => page.locator('.leaflet-container');
const marker = (page: Page, placeId: string) => map(page).locator(`[data-place-id="${placeId}"]`);
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const zoomOf = async (page: Page) =>
	Number(await page.locator('.cm-leaflet').getAttribute('data-zoom'));

async function openMap(page: Page, path = '/') {
	await openApp(page, path);
	await expect(marker(page, 'kyiv')).toBeAttached();
}

async function activePlaces(page: Page) {
	return map(page)
		.locator('[data-place-id][data-active="true"]')
		.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.placeId).sort());
}

test('each place is one marker with the contract attributes', async ({ page }) => {
	await openMap(page);
	const placeIds = [...new Set(article.events.flatMap((event) => event.places ?? []))];
	await expect(map(page).locator('[data-place-id]')).toHaveCount(placeIds.length);
	for (const id of placeIds) {
		const count = eventsAt(id).length;
		const element = marker(page, id);
		await expect(element).toHaveAttribute('role', 'button');
		await expect(element).toHaveAttribute('tabindex', '0');
		await expect(element).toHaveAttribute(
			'aria-label',
			`${nameOf(id)}, ${count} event${count === 1 ? '' : 's'}`
		);
		await expect(element).toHaveAttribute('data-active', /^(true|false)$/);
		await expect(element).toHaveAttribute('data-selected', 'false');
	}
});

test('at 1280×800 each place in the Balkans and Ukraine is its own marker, none covering another', async ({
	page
}) => {
	await openMap(page);
	const boxes = [];
	for (const id of BALKANS_AND_UKRAINE) {
		await expect(marker(page, id)).toBeVisible();
		boxes.push({ id, ...(await marker(page, id).locator('.cm-marker-dot').boundingBox())! });
	}
	await expect(map(page).locator('[data-cluster]')).toHaveCount(0);
	// The dots as drawn, at their own (possibly emphasised) size: no two may overlap, and the
	// pointer at each dot's centre reaches that dot's own marker.
	for (const [i, a] of boxes.entries()) {
		expect(a.width, `${a.id} has a size`).toBeGreaterThan(4);
		const hit = await page.evaluate(
			([x, y]) =>
				document.elementFromPoint(x, y)?.closest('[data-place-id]')?.getAttribute('data-place-id'),
			[a.x + a.width / 2, a.y + a.height / 2]
		);
		expect(hit, `the pointer at ${a.id}`).toBe(a.id);
		for (const b of boxes.slice(i + 1)) {
			const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
			const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
			expect(overlapX > 0.5 && overlapY > 0.5, `${a.id} and ${b.id} overlap`).toBe(false);
		}
	}
});

test('a marker nudged off its place draws a line back to it, and one in place draws none', async ({
	page
}) => {
	await openMap(page);
	for (const id of BALKANS_AND_UKRAINE) await expect(marker(page, id)).toBeVisible();
	const markers = await map(page)
		.locator('[data-place-id], [data-cluster]')
		.evaluateAll((nodes) =>
			nodes.map((node) => {
				const element = node as HTMLElement;
				const box = element.getBoundingClientRect();
				// Leaflet puts the marker's corner half its size up and left of the place; the nudge
				// adds to those margins.
				const dx = parseFloat(element.style.marginLeft) + box.width / 2;
				const dy = parseFloat(element.style.marginTop) + box.height / 2;
				const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
				const line = element.querySelector('.cm-marker-leader')?.getBoundingClientRect();
				return {
					id: element.dataset.placeId ?? element.dataset.cluster,
					nudge: Math.hypot(dx, dy),
					centre,
					place: { x: centre.x - dx, y: centre.y - dy },
					line: line && { left: line.left, right: line.right, top: line.top, bottom: line.bottom }
				};
			})
		);
	const nudged = markers.filter((item) => item.nudge > 2);
	expect(nudged.length, 'markers nudged apart in the Balkans').toBeGreaterThan(1);
	for (const { id, nudge, centre, place, line } of markers) {
		if (nudge <= 2) {
			expect(line, `${id} sits on its place`).toBeUndefined();
			continue;
		}
		// The line runs from the marker's centre to its place: its box spans exactly those two points.
		expect(line, `${id} is nudged ${nudge.toFixed(1)} px`).toBeDefined();
		const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
		expect(near(line!.left, Math.min(centre.x, place.x)), `${id}: left`).toBe(true);
		expect(near(line!.right, Math.max(centre.x, place.x)), `${id}: right`).toBe(true);
		expect(near(line!.top, Math.min(centre.y, place.y)), `${id}: top`).toBe(true);
		expect(near(line!.bottom, Math.max(centre.y, place.y)), `${id}: bottom`).toBe(true);
	}
});

test('markers light up as time reaches their first event', async ({ page }) => {
	await openMap(page);
	const atEnd = await activePlaces(page);
	expect(atEnd).toContain('skopje');
	const slider = page.getByRole('slider', { name: 'Current time' });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect.poll(() => activePlaces(page)).toEqual([...inOrder[0].places!].sort());
	await expect(marker(page, 'skopje')).toHaveAttribute('data-active', 'false');
	await expect(marker(page, 'kyiv')).toHaveAttribute('data-emphasised', 'true');
	await page.keyboard.press('End');
	await expect.poll(() => activePlaces(page)).toEqual(atEnd);

	await openMap(page, '/?t=2014-03-16');
	expect(await activePlaces(page)).toEqual(['crimea', 'kyiv']);
});

test('clicking a marker selects its latest event and offers its other events', async ({ page }) => {
	await openMap(page);
	const skopje = eventsAt('skopje');
	const latest = skopje.at(-1)!;
	await marker(page, 'skopje').click();
	await expect(details(page)).toHaveAttribute('data-event-id', latest.id);
	await expect(marker(page, 'skopje')).toHaveAttribute('data-selected', 'true');
	await expect(marker(page, 'kyiv')).toHaveAttribute('data-selected', 'false');
	await expect(page.locator(`.marks [data-event-id="${latest.id}"]`)).toHaveAttribute(
		'aria-current',
		'true'
	);

	const panel = page.getByRole('dialog', { name: 'Events at Skopje' });
	// One button per event, plus Close and "Show only these places".
	await expect(panel.getByRole('listitem').getByRole('button')).toHaveCount(skopje.length);
	await expect(panel.getByRole('button')).toHaveCount(skopje.length + 2);
	await expect(panel.locator('[aria-current="true"]')).toBeFocused();
	await panel.getByRole('button', { name: /North Macedonia becomes/ }).click();
	await expect(details(page)).toHaveAttribute('data-event-id', 'north-macedonia-nato-accession');
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(marker(page, 'skopje')).toBeFocused();
});

test('Enter on a focused marker selects, and a place with one event opens no list', async ({
	page
}) => {
	await openMap(page);
	await marker(page, 'kyiv').focus();
	await page.keyboard.press('Enter');
	await expect(details(page)).toHaveAttribute('data-event-id', eventsAt('kyiv').at(-1)!.id);
	await expect(marker(page, 'kyiv')).toHaveAttribute('data-selected', 'true');

	await openMap(page, '/?t=2014-01-01');
	await marker(page, 'moldova').focus();
	await page.keyboard.press(' ');
	await expect(details(page)).toHaveAttribute('data-event-id', eventsAt('moldova')[0].id);
	await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a selection elsewhere brings an off-screen place into view', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openMap(page);
	const washington = marker(page, 'washington');
	const inMap = async () => {
		const mapBox = (await map(page).boundingBox())!;
		const { x, y } = await centre(washington);
		return (
			x > mapBox.x && x < mapBox.x + mapBox.width && y > mapBox.y && y < mapBox.y + mapBox.height
		);
	};
	expect(await inMap()).toBe(false);
	// The list of places outside the view stays closed until asked for: open it.
	await page.locator('.cm-map summary', { hasText: /^Outside this view \(\d+\)$/ }).click();
	const outside = page
		.locator('.cm-map')
		.getByRole('button', { name: /^Washington, D\.C\. \(\d+\)$/ });
	await expect(outside).toBeVisible();
	// An event at Washington alone: one with a place already in view (Kyiv) moves no map.
	const event = eventsAt('washington')
		.filter((candidate) => candidate.places!.length === 1)
		.at(-1)!;
	await page.locator(`.list tr[data-event-id="${event.id}"] button`).click();
	await expect(details(page)).toHaveAttribute('data-event-id', event.id);
	await expect.poll(inMap).toBe(true);
	await expect(washington).toHaveAttribute('data-selected', 'true');

	await page.getByRole('button', { name: 'Reset view' }).click();
	await expect.poll(inMap).toBe(false);
	await outside.click();
	await expect.poll(inMap).toBe(true);
	await expect(washington).toBeFocused();
});

test('zoomed out, nearby places cluster into a button that zooms in', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openMap(page);
	const zoomOut = map(page).getByRole('button', { name: 'Zoom out' });
	await zoomOut.click();
	await zoomOut.click();
	const cluster = map(page).locator('[data-cluster]').first();
	await expect(cluster).toBeVisible();
	await expect(cluster).toHaveAttribute('role', 'button');
	await expect(cluster).toHaveAttribute('tabindex', '0');
	await expect(cluster).toHaveAttribute('aria-label', /^\d+ places: .+, .+/);
	const size = Number(await cluster.getAttribute('data-cluster'));
	expect(size).toBeGreaterThanOrEqual(2);
	const before = await zoomOf(page);
	await cluster.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
	await expect(page.locator(':focus')).toHaveAttribute('role', 'button');

	while ((await zoomOf(page)) > 2.5) await zoomOut.click();
	const zoomedOut = await zoomOf(page);
	await map(page).locator('[data-cluster]').first().click();
	await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoomedOut);
});

test('zooming over a thousand places, every marker names, counts and opens its own places', async ({
	page
}) => {
	test.setTimeout(60_000);
	// Markers that leave the view are given to places that come into it: nothing of the old
	// place may stay on a marker, whichever way the zoom goes.
	const dataset = generateEvents(2_000, 1, { places: 1_000 });
	await page.route(
		(url) => url.pathname === '/thousand-places.json',
		(route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) })
	);
	const names = Object.fromEntries((dataset.places ?? []).map((place) => [place.id, place.name]));
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openApp(page, '/?data=/thousand-places.json');
	// At the world zoom the places may all be in clusters; the map and its world layer load after
	// the data, which on a busy machine takes a while.
	await expect(map(page).locator('[data-place-id], [data-cluster]').first()).toBeAttached({
		timeout: 15_000
	});
	// Focused from the keyboard, a marker shows its name, made then (see placeMarkerParts).
	await page.locator('.leaflet-control-zoom-in').click();
	const first = map(page).locator('[data-place-id]:not(:has(.cm-marker-name))').first();
	const firstId = (await first.getAttribute('data-place-id'))!;
	await page.keyboard.press('Shift');
	await marker(page, firstId).focus();
	await expect(marker(page, firstId).locator('.cm-marker-name')).toBeVisible();
	await expect(marker(page, firstId).locator('.cm-marker-name')).toHaveText(names[firstId]);
	for (const button of ['in', 'in', 'in', 'out', 'out', 'in'] as const) {
		const before = await zoomOf(page);
		// A cluster's element may become a place's marker as the zoom splits it: mark them.
		await map(page).evaluate((container) => {
			for (const cluster of container.querySelectorAll('[data-cluster]')) {
				(cluster as HTMLElement & { wasCluster?: boolean }).wasCluster = true;
			}
		});
		await page.locator(`.leaflet-control-zoom-${button}`).click();
		await expect.poll(() => zoomOf(page)).not.toBe(before);
		const wrong = await map(page).evaluate((container, names) => {
			const found: string[] = [];
			const seen = new Set<string>();
			for (const marker of container.querySelectorAll<HTMLElement>('[data-place-id]')) {
				const id = marker.dataset.placeId!;
				const name = names[id];
				if (seen.has(id)) found.push(`${id} drawn twice`);
				seen.add(id);
				if (!marker.getAttribute('aria-label')?.startsWith(`${name},`))
					found.push(`${id} is named "${marker.getAttribute('aria-label')}"`);
				// A marker's name is made when it is first pointed at, focused or selected: point at
				// each one, as a reader moving the pointer over it would.
				marker.dispatchEvent(new PointerEvent('pointerenter'));
				const shown = marker.querySelectorAll('.cm-marker-name');
				if (shown.length !== 1 || shown[0].textContent !== name)
					found.push(`${id} shows "${[...shown].map((label) => label.textContent)}"`);
				if (!marker.matches('.cm-marker:not(.cm-cluster, [data-cluster])'))
					found.push(`${id} is drawn as a cluster`);
				if (marker.querySelector('.cm-cluster-count') || marker.offsetWidth !== 24)
					found.push(`${id} keeps a cluster's count or size`);
			}
			for (const cluster of container.querySelectorAll<HTMLElement>('[data-cluster]')) {
				const count = cluster.querySelector('.cm-cluster-count')?.textContent;
				if (count !== cluster.dataset.cluster)
					found.push(`a cluster of ${cluster.dataset.cluster} shows ${count}`);
				if (!cluster.getAttribute('aria-label')?.includes(`${cluster.dataset.cluster}`))
					found.push(`a cluster of ${cluster.dataset.cluster} is named otherwise`);
				if (!cluster.matches('.cm-cluster:not(.cm-marker, [data-place-id], [data-kind])'))
					found.push(`a cluster of ${cluster.dataset.cluster} is drawn as a place`);
				if (cluster.querySelector('.cm-marker-name, .cm-marker-dot') || cluster.offsetWidth !== 30)
					found.push(`a cluster of ${cluster.dataset.cluster} keeps a place's dot or size`);
			}
			return found;
		}, names);
		expect(wrong, `after zooming ${button}`).toEqual([]);
	}
	// A marker well inside the view (markers are also kept just beyond its edges, out of reach),
	// one that was a cluster before the last step if there is one: it must now act as a place's.
	const id = await map(page).evaluate((container) => {
		const frame = container.getBoundingClientRect();
		const inside = [...container.querySelectorAll<HTMLElement>('[data-place-id]')].filter(
			(marker) => {
				const box = marker.getBoundingClientRect();
				const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
				return (
					x > frame.left + 40 && x < frame.right - 40 && y > frame.top + 40 && y < frame.bottom - 40
				);
			}
		);
		const wasCluster = inside.filter((marker) => (marker as { wasCluster?: boolean }).wasCluster);
		return (wasCluster[0] ?? inside[Math.floor(inside.length / 2)]).dataset.placeId!;
	});
	const name = marker(page, id).locator('.cm-marker-name');
	await marker(page, id).hover();
	await expect(name).toBeVisible();
	await expect(name).toHaveText(names[id]);
	await marker(page, id).click();
	await expect(marker(page, id)).toHaveAttribute('data-selected', 'true');
	// Selected, it keeps its name shown when the pointer leaves.
	await page.mouse.move(0, 0);
	await expect(name).toBeVisible();

	const here = dataset.events
		.filter((event) => event.places?.includes(id))
		.map((event) => event.id);
	expect(here).toContain(await details(page).getAttribute('data-event-id'));
});

test('country names are on the map only in or just beyond the view, and follow a zoom', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openMap(page);
	const labelsOutside = () =>
		map(page).evaluate((container) => {
			const frame = container.getBoundingClientRect();
			// Names are kept a tenth of the view's span in degrees beyond each edge, so a short pan
			// shows them: in Mercator pixels that is more to the north, so a quarter here.
			const [padX, padY] = [frame.width * 0.25, frame.height * 0.25];
			const names = [...container.querySelectorAll<HTMLElement>('.cm-country-label')];
			const outside = names.filter((name) => {
				const box = name.getBoundingClientRect();
				// A name hidden rather than taken off counts as outside too.
				return (
					name.getClientRects().length === 0 ||
					box.x < frame.left - padX ||
					box.x > frame.right + padX ||
					box.y < frame.top - padY ||
					box.y > frame.bottom + padY
				);
			});
			return { names: names.length, outside: outside.map((name) => name.textContent) };
		});
	const home = await labelsOutside();
	expect(home.names).toBeGreaterThan(3);
	expect(home.outside).toEqual([]);
	const zoomIn = map(page).getByRole('button', { name: 'Zoom in' });
	for (let step = 0; step < 2; step++) {
		const before = await page.locator('.cm-leaflet').getAttribute('data-zoom');
		await zoomIn.click();
		await expect(page.locator('.cm-leaflet')).not.toHaveAttribute('data-zoom', before!);
	}
	const zoomed = await labelsOutside();
	expect(zoomed.outside).toEqual([]);
	// Zoomed in, fewer countries are near the view, though the bigger ones now fit their names.
	expect(zoomed.names).toBeGreaterThan(0);
	expect(zoomed.names).toBeLessThan(home.names);
});

test('NATO shading follows the date: North Macedonia joins in 2020', async ({ page }) => {
	const macedonia = map(page).locator('[data-country="MKD"]');
	const serbia = map(page).locator('[data-country="SRB"]');
	const fill = (locator: Locator) => locator.evaluate((node) => getComputedStyle(node).fill);

	await openMap(page, '/?t=2019-06-01');
	await expect(macedonia).toHaveAttribute('data-nato', 'false');
	const before = await fill(macedonia);
	expect(before).toBe(await fill(serbia));

	await expect(macedonia).toHaveAttribute('data-member-of', '');

	await openMap(page, '/?t=2021-01-01');
	await expect(macedonia).toHaveAttribute('data-nato', 'true');
	await expect(macedonia).toHaveAttribute('data-member-of', 'nato');
	await expect(macedonia).toHaveClass(/cm-nato-member/);
	await expect(serbia).toHaveAttribute('data-nato', 'false');
	const after = await fill(macedonia);
	expect(after).not.toBe(before);

	await page.getByRole('checkbox', { name: 'NATO members' }).uncheck();
	expect(await fill(macedonia)).toBe(await fill(serbia));
});

test('Crimea is hatched as occupied from the data, and the claimed regions light with their events', async ({
	page
}) => {
	await openMap(page, '/?event=annexation-referendums-2022');
	const crimea = map(page).locator('[data-layer-id="crimea-occupied"]');
	await expect(crimea).toHaveAttribute('fill', /^url\(#/);
	await expect(crimea).toHaveAttribute('data-active', 'true');
	await expect(crimea).toHaveAttribute('data-area', 'crimea');
	await page.getByText('Legend', { exact: true }).click();
	const toggle = page.getByRole('checkbox', { name: /Crimea, occupied by Russia since 2014/ });
	await expect(toggle).toBeChecked();
	for (const id of ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson']) {
		const claimed = map(page).locator(`[data-layer-id="${id}-claimed"]`);
		await expect(claimed).toHaveClass(/cm-layer-selected/);
		await expect(claimed).toHaveAttribute('data-selected', 'true');
		await expect(marker(page, id)).toHaveAttribute('data-selected', 'true');
	}
	await expect(crimea).not.toHaveClass(/cm-layer-selected/);
	await toggle.press('Space');
	await expect(toggle).not.toBeChecked();
	await expect(crimea).toBeHidden();
	await toggle.press('Space');
	await expect(crimea).toBeVisible();
	await expect(page.getByText(/Kosovo: .*2008/)).toBeVisible();
});

test('the hatching keeps its stripes 6 px apart on screen at every zoom', async ({ page }) => {
	await openMap(page, '/?event=annexation-referendums-2022');
	const crimea = map(page).locator('[data-layer-id="crimea-occupied"]');
	await expect(crimea).toBeVisible();
	/** The hatch's period on screen: the pattern's 6 units through its transform and the shape's. */
	const period = () =>
		crimea.evaluate((path) => {
			const shape = path as SVGPathElement;
			const id = /url\("?#([^")]+)"?\)/.exec(shape.getAttribute('fill')!)![1];
			const pattern = document.getElementById(id) as unknown as SVGPatternElement;
			const own = pattern.patternTransform.baseVal.consolidate()?.matrix ?? new DOMMatrix();
			const screen = shape.getScreenCTM()!.multiply(own);
			return 6 * Math.hypot(screen.a, screen.b);
		});
	expect(await period()).toBeCloseTo(6, 1);
	const leaflet = page.locator('.cm-leaflet');
	for (const button of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out']) {
		const zoom = await leaflet.getAttribute('data-zoom');
		await map(page).getByRole('button', { name: button }).click();
		await expect(leaflet).not.toHaveAttribute('data-zoom', zoom!);
		await expect(map(page)).not.toHaveClass(/leaflet-zoom-anim/);
		expect(await period(), `after ${button}`).toBeCloseTo(6, 1);
	}
});

test('the occupation layer follows its dates: Crimea is hatched only from 27 February 2014', async ({
	page
}) => {
	await openMap(page, '/?t=2014-02-22');
	const crimea = map(page).locator('[data-layer-id="crimea-occupied"]');
	await expect(crimea).toHaveAttribute('data-active', 'false');
	await expect(crimea).toBeHidden();
	await page.getByText('Legend', { exact: true }).click();
	await expect(
		page.getByRole('checkbox', { name: /Crimea, occupied .*not at this date/ })
	).toBeVisible();
});

test('at 320 px wide the map shows without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await openMap(page);
	await expect(map(page)).toBeVisible();
	const box = (await map(page).boundingBox())!;
	expect(box.width).toBeGreaterThan(250);
	expect(box.height).toBeGreaterThanOrEqual(200);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await expect(page.getByRole('button', { name: 'Reset view' })).toBeVisible();
});
