import { describe, expect, it, vi } from 'vitest';
import { parseGazetteer } from '$lib/gazetteer/gazetteer';
import { importDataset } from './importDataset';
import { importWithGazetteer, needsGazetteer } from './withGazetteer';

const gazetteer = parseGazetteer(
	[
		'Pristina\tXK\t550000\t42.67\t21.17\tPrishtina|Priština|Приштина',
		'London\tGB\t8960000\t51.51\t-0.13\t',
		'London\tCA\t346000\t42.98\t-81.23\t'
	].join('\n')
);
const csv =
	'title,date,place,lat,lon\nTalks,2023-11-21,Priština,,\nVisit,2023-11-20,London,,\n' +
	'Again,2023-11-22,London,,\nLost,2023-11-19,Atlantis,,\nHome,2023-11-18,Skopje,42.00,21.43\n';

describe('importCsv with a gazetteer', () => {
	const result = importDataset(csv, {}, gazetteer.lookupPlace);

	it('places a name without coordinates and names the match in a warning', () => {
		expect(result.problems).toContainEqual({
			row: 'line 2',
			field: 'place',
			message: "'Priština' placed at Pristina, XK, 42.67, 21.17 from the gazetteer",
			severity: 'warning'
		});
		const place = result.dataset?.places.find((p) => p.name === 'Priština');
		expect(place).toMatchObject({ lat: 42.67, lon: 21.17 });
	});

	it('takes the most populous of an ambiguous name and says so, once per name', () => {
		const london = result.problems.filter((problem) => problem.message.includes("'London'"));
		expect(london).toHaveLength(1);
		expect(london[0].message).toContain(
			'ambiguous, so the most populous place was chosen (others: London, CA)'
		);
		const events = result.dataset?.events.filter((event) =>
			['Visit', 'Again'].includes(event.title)
		);
		expect(events?.map((event) => event.places)).toEqual([['london'], ['london']]);
	});

	it('still refuses a name the gazetteer does not know, and keeps given coordinates', () => {
		expect(result.problems).toContainEqual(
			expect.objectContaining({
				row: 'line 5',
				severity: 'error',
				message: expect.stringContaining('"Atlantis"')
			})
		);
		expect(result.dataset?.places.find((p) => p.name === 'Skopje')).toMatchObject({
			lat: 42,
			lon: 21.43
		});
	});
});

describe('importWithGazetteer(run, load)', () => {
	it('loads the gazetteer only when a row cannot be placed', async () => {
		const load = vi.fn(async () => gazetteer);
		const placed = await importWithGazetteer(
			(lookup) => importDataset('title,date,place,lat,lon\nA,2023,Skopje,42,21.4\n', {}, lookup),
			load
		);
		expect(load).not.toHaveBeenCalled();
		expect(needsGazetteer(placed)).toBe(false);
		const looked = await importWithGazetteer((lookup) => importDataset(csv, {}, lookup), load);
		expect(load).toHaveBeenCalledOnce();
		expect(looked.dataset?.places.map((p) => p.name)).toContain('Priština');
	});

	it('keeps the first result when the gazetteer cannot load', async () => {
		const result = await importWithGazetteer(
			(lookup) => importDataset(csv, {}, lookup),
			() => Promise.reject(new Error('offline'))
		);
		expect(needsGazetteer(result)).toBe(true);
	});
});
