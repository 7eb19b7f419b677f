import type { Language } from '$lib/i18n/languages';

type Translate = (key: string, values?: Record<string, string | number>) => string;

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The plural category of a count in a language ("one", "few", "many", "other"). */
function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
	let rules = pluralRules.get(language);
	if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
	return rules.select(count);
}

/** A marker's accessible name: the place and how many events it has ("Skopje, 2 events"). */
export function markerLabel(name: string, count: number, language: Language, t: Translate): string {
	const key = `placeEvents_${pluralOf(language, count)}`;
	const text = t(key, { name, count });
	return text === key ? t('placeEvents_other', { name, count }) : text;
}

/**
 * A cluster's accessible name: how many places and which, in the order given. A cluster of
 * thousands names its first `listed` places and then "…", so the name stays readable.
 */
export function clusterLabel(names: readonly string[], t: Translate, listed = Infinity): string {
	const shown = names.length > listed ? [...names.slice(0, listed), '…'] : names;
	return t('clusterPlaces', { count: names.length, names: shown.join(', ') });
}

/**
 * Whether a country's label fits inside the country at this zoom, so small states (San Marino,
 * Kosovo when zoomed out) do not crowd the map with text wider than themselves.
 */
export function labelFits(text: string, widthPx: number, heightPx: number, fontPx = 11): boolean {
	const longestWord = Math.max(...text.split(/\s+/).map((word) => word.length));
	const estimated = longestWord * fontPx * 0.6;
	return widthPx >= estimated && heightPx >= fontPx * 1.4;
}
