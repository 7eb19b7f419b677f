import { describe, expect, it } from 'vitest';
import { draftEvents, type FindPlaces } from '$lib/draft/draftEvents';
import { samePlaceId, withPlace, withProposal } from './acceptProposal';
import { newStory, type EditableFile } from './editableFile';

const kyiv = { name: 'Kyiv', lat: 50.45, lon: 30.52 };
const findPlaces: FindPlaces = (sentence) =>
	sentence.includes('Kyiv') ? [{ ...kyiv, match: 'Kyiv', country: 'UA' }] : [];

const file = (places: EditableFile['places'] = [], events: EditableFile['events'] = []) => ({
	...newStory('Test'),
	places,
	events
});

describe('samePlaceId(rows, place)', () => {
	it.each([
		['same name and point', [{ id: 'k', name: 'Kyiv', lat: 50.45, lon: 30.52 }], 'k'],
		['name in other case, spaces', [{ id: 'k', name: ' kyiv ', lat: 50.45001, lon: 30.52 }], 'k'],
		['same name elsewhere', [{ id: 'k', name: 'Kyiv', lat: 40, lon: 30.52 }], undefined],
		['other name, same point', [{ id: 'k', name: 'Kiev', lat: 50.45, lon: 30.52 }], undefined],
		['coordinates as text', [{ id: 'k', name: 'Kyiv', lat: '50.45', lon: '30.52' }], undefined]
	])('%s', (_, rows, expected) => {
		expect(samePlaceId(rows, kyiv)).toBe(expected);
	});
});

describe('withPlace(file, place)', () => {
	it('adds a row with a free id at the end', () => {
		const before = file([{ id: 'place-1', name: 'Skopje', lat: 42, lon: 21.4 }]);
		const { file: after, id, added } = withPlace(before, kyiv);
		expect(added).toBe(true);
		expect(id).toBe('place-2');
		expect(after.places.at(-1)).toEqual({ id: 'place-2', ...kyiv });
		expect(before.places).toHaveLength(1);
	});

	it('keeps the file as it is when the place is already there', () => {
		const before = file([{ id: 'kyiv', ...kyiv }]);
		const result = withPlace(before, kyiv);
		expect(result).toEqual({ file: before, id: 'kyiv', added: false });
	});
});

describe('withProposal(file, proposal)', () => {
	const [proposal] = draftEvents('On 24 February 2022 missiles struck Kyiv, officials said.', {
		published: '2022-02-25',
		findPlaces
	});

	it('adds the event with its verbatim quote and the place it names', () => {
		const after = withProposal(file(), proposal);
		expect(after.places).toEqual([{ id: 'place-1', ...kyiv }]);
		expect(after.events).toHaveLength(1);
		expect(after.events[0]).toMatchObject({
			date: '2022-02-24',
			quote: 'On 24 February 2022 missiles struck Kyiv, officials said.',
			places: ['place-1']
		});
	});

	it('reuses a place that is already there and keeps event ids unique', () => {
		const once = withProposal(file([{ id: 'kyiv', ...kyiv }]), proposal);
		const twice = withProposal(once, proposal);
		expect(twice.places).toHaveLength(1);
		expect(twice.events.map((event) => event.places)).toEqual([['kyiv'], ['kyiv']]);
		const ids = twice.events.map((event) => event.id);
		expect(new Set(ids).size).toBe(2);
	});

	it('adds no place for a proposal that names none', () => {
		const [plain] = draftEvents('On 3 March 2022 the talks opened in a border town.', {
			published: '2022-03-05',
			findPlaces
		});
		const after = withProposal(file(), plain);
		expect(after.places).toEqual([]);
		expect(after.events[0]).toMatchObject({ date: '2022-03-03', places: [] });
	});
});
