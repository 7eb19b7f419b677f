import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldName, transliterations } from './foldName';
import { describePlace, parseGazetteer } from './gazetteer';
import { placeFinder } from './findPlaces';

const shipped = parseGazetteer(
	readFileSync(path.resolve(import.meta.dirname, '../../../static/gazetteer/places.tsv'), 'utf8')
);

describe('foldName(name)', () => {
	it.each([
		['Priština', 'pristina'],
		['PRISHTINË', 'prishtine'],
		['Skopje ', 'skopje'],
		['Scop’e', 'scope'],
		['Saint-Denis', 'saint denis'],
		['Київ', 'киів'] // marks fold in every script: ї is і with a diaeresis
	])('%s → %s', (name, key) => expect(foldName(name)).toBe(key));

	it('spells Cyrillic in Latin the Ukrainian way and the South Slavic way', () => {
		expect(transliterations('Житомир')).toEqual(['zhytomyr', 'zitomir']);
		expect(transliterations('Kyiv')).toEqual([]);
	});
});

describe('the shipped gazetteer lookupPlace(name)', () => {
	it.each([
		['Kyiv', 'Kyiv', 'UA'],
		['Kiev', 'Kyiv', 'UA'],
		['Київ', 'Kyiv', 'UA'],
		['Кијев', 'Kyiv', 'UA'],
		['Skopje', 'Skopje', 'MK'],
		['Скопје', 'Skopje', 'MK'],
		['Shkup', 'Skopje', 'MK'],
		['Pristina', 'Pristina', 'XK'],
		['Prishtina', 'Pristina', 'XK'],
		['Priština', 'Pristina', 'XK'],
		['Prishtinë', 'Pristina', 'XK'],
		['Приштина', 'Pristina', 'XK'],
		['بريشتينا', 'Pristina', 'XK'],
		['Београд', 'Belgrade', 'RS'],
		['Житомир', 'Zhytomyr', 'UA'],
		['Buenos Aires', 'Buenos Aires', 'AR']
	])('%s → %s, %s', (query, name, country) => {
		expect(shipped.lookupPlace(query).match).toMatchObject({ name, country });
	});

	it('ranks places of one name by population and says the name is ambiguous', () => {
		const belgrade = shipped.lookupPlace('Belgrade');
		expect(belgrade.ambiguous).toBe(false); // the small US Belgrades are under the gazetteer's threshold
		const london = shipped.lookupPlace('London');
		expect(london.ambiguous).toBe(true);
		expect(london.match?.country).toBe('GB');
		expect(london.candidates.map((place) => place.country)).toContain('CA');
		const populations = london.candidates.map((place) => place.population);
		expect(populations).toEqual([...populations].sort((a, b) => b - a));
	});

	it('narrows by a country code after a comma', () => {
		expect(shipped.lookupPlace('London, CA').match).toMatchObject({
			name: 'London',
			country: 'CA'
		});
	});

	it('finds nothing for a name it does not hold', () => {
		expect(shipped.lookupPlace('Nowhereville Xq')).toEqual({
			match: null,
			ambiguous: false,
			candidates: []
		});
	});

	it('names a match as warnings do', () => {
		expect(describePlace(shipped.lookupPlace('Prishtina').match!)).toBe(
			'Pristina, XK, 42.67, 21.17'
		);
	});

	it('holds tens of thousands of places', () => {
		expect(shipped.size).toBeGreaterThan(20_000);
	});
});

describe('parseGazetteer(text)', () => {
	const small = parseGazetteer(
		'Springfield\tUS\t167000\t39.80\t-89.64\t\nSpringfield\tUS\t155000\t37.22\t-93.30\tSpringfield MO\nbroken line\n'
	);
	it('skips lines without a country and keeps the most populous first', () => {
		expect(small.size).toBe(2);
		expect(small.lookupPlace('springfield')).toMatchObject({
			ambiguous: true,
			match: { lat: 39.8 }
		});
		expect(small.lookupPlace('Springfield MO').match?.lat).toBe(37.22);
	});
});

describe('placeFinder(gazetteer)', () => {
	it('finds the places a sentence names', () => {
		const found = placeFinder(shipped)(
			'Stoltenberg made his remarks during his visit to North Macedonia, having already visited Sarajevo, Belgrade, and Pristina.'
		);
		expect(found.map((place) => `${place.match}, ${place.country}`)).toEqual(
			expect.arrayContaining(['Sarajevo, BA', 'Belgrade, RS', 'Pristina, XK'])
		);
	});
});
