import type { CountryProperties } from '../loadBasemap';
import { countryCodes } from './countryCodes';
import { countryNames } from './countryNames';

const displayNames = new Map<string, Intl.DisplayNames | null>();

function regionNames(language: string): Intl.DisplayNames | null {
	if (!displayNames.has(language)) {
		let names: Intl.DisplayNames | null;
		try {
			names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
		} catch {
			names = null;
		}
		displayNames.set(language, names);
	}
	return displayNames.get(language) ?? null;
}

/**
 * A country's name in the reader's language: the recognised-name table first ("North Macedonia",
 * "Türkiye", Kosovo), then the browser's region names for the world layer's ~235 countries, then
 * the English name the file carries.
 */
export function countryName(country: CountryProperties & { code?: string }, language: string) {
	const listed = countryNames[country.id]?.names as Record<string, string> | undefined;
	if (listed?.[language]) return listed[language];
	if (country.names?.[language]) return country.names[language]!;
	const code = country.code ?? countryCodes[country.id];
	const fromBrowser = code ? regionNames(language)?.of(code) : undefined;
	return fromBrowser || country.name;
}
