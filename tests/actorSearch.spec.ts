import { test, expect } from './fixtures';

/** 1,000 distinct actors from 40 given names and 25 family names, some with accents and apostrophes. */
const given =
	'Ana Bohdan Chidi Dana Émile Farida Goran Hana Ivo Jun Kofi Lena Mateus Nadia Olek Priya Quang Rosa Sami Tamar Uzma Vera Wen Xochitl Yara Zoran Aiko Bruno Chen Diego Elif Femi Greta Hugo Ines Jonas Kaveh Lucía Mira Noa'.split(
		' '
	);
const family = [
	'Adeyemi',
	'Bauer',
	'Costa',
	'Dimitrov',
	'Eriksen',
	'Fernández',
	'García',
	'Horvat',
	'Ito',
	'Jovanovski',
	'Kovalenko',
	'López',
	'Mensah',
	'Nguyen',
	'O’Brien',
	'Petrović',
	'Quispe',
	'Rossi',
	'Schmidt',
	'Tanaka',
	'Usman',
	'Vargas',
	'Wójcik',
	'Yilmaz',
	'Zhang'
];
const actors = given.flatMap((first) => family.map((last) => `${first} ${last}`));

/** One event per actor, over two years, a third of them at a place. */
function dataset() {
	const places = Array.from({ length: 50 }, (_, i) => ({
		id: `p${i}`,
		name: `Town ${i}`,
		lat: -40 + ((i * 37) % 80),
		lon: -170 + ((i * 71) % 340)
	}));
	const events = actors.map((actor, i) => ({
		id: `e${i}`,
		title: `Statement ${i} by ${actor}`,
		date: `202${3 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
		actor,
		kind: 'statement',
		places: i % 3 === 0 ? [`p${i % 50}`] : []
	}));
	// Two more statements by one actor, so a choice shows exactly three events.
	events.push(
		{ ...events[0], id: 'extra-1', title: 'Second statement', date: '2023-05-05' },
		{ ...events[0], id: 'extra-2', title: 'Third statement', date: '2024-06-06' }
	);
	return JSON.stringify({ version: 1, title: 'A thousand voices', places, events });
}

test('1,000 actors get a search with exact counts, usable from the keyboard', async ({ page }) => {
	test.slow();
	expect(new Set(actors).size).toBe(1000);
	const body = dataset();
	await page.route(
		(url) => url.pathname === '/actors.json',
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
	await page.goto('/?data=/actors.json');
	await expect(page.locator('.chronomap')).toHaveAttribute('data-status', 'ready', {
		timeout: 20_000
	});
	await expect(page.locator('.filters .count')).toHaveText('1002 of 1002 events shown');
	// No select of a thousand options: a search field instead.
	await expect(page.getByRole('combobox', { name: 'Actor' })).toHaveCount(0);
	const search = page.getByRole('searchbox', { name: 'Actor' });
	await expect(search).toBeVisible();

	// A family name matches its 40 actors exactly; every one is listed.
	await search.fill('kovalenko');
	await expect(page.locator('.actor-search .found')).toHaveText('Actors found: 40');
	const matches = page.locator('.actor-search .matches button');
	await expect(matches).toHaveCount(40);

	// Accents and case do not matter; a broad query lists 50 and counts them all.
	await search.fill('e');
	const broad = actors.filter((name) =>
		name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').includes('e')
	).length;
	await expect(page.locator('.actor-search .found')).toHaveText(
		`Actors found: ${broad}; the first 50 are listed, type more to narrow`
	);
	await expect(matches).toHaveCount(50);

	// Keyboard: type, Tab to the first match, Enter chooses it.
	await search.fill('emile adeyemi');
	await expect(page.locator('.actor-search .found')).toHaveText('Actors found: 1');
	await search.press('Tab');
	await expect(page.getByRole('button', { name: 'Émile Adeyemi', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.filters .count')).toHaveText('1 of 1002 events shown');
	await expect(page).toHaveURL(/actor=%C3%89mile(\+|%20)Adeyemi/);
	await expect(page.getByText('Showing only: Émile Adeyemi')).toBeVisible();

	// Ana Adeyemi has three events; "All actors" brings every event back.
	await search.fill('ana adeyemi');
	await matches.first().click();
	await expect(page.locator('.filters .count')).toHaveText('3 of 1002 events shown');
	await page.getByRole('button', { name: 'All actors' }).click();
	await expect(page.locator('.filters .count')).toHaveText('1002 of 1002 events shown');
});
