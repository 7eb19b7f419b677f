/**
 * Folds a place name for lookup: case, accents, apostrophes and punctuation do not matter
 * ("Priština", "PRISTINA" and "pristina" are one key). Cyrillic is kept as written (the gazetteer
 * carries Cyrillic names) and can also be transliterated, so names the gazetteer lacks in
 * Cyrillic still find their Latin entry ("Житомир" → "zhytomyr").
 */

/** The lookup key of a name. */
export function foldName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'ʼ`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const COMMON: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'h',
	ґ: 'g',
	д: 'd',
	е: 'e',
	ж: 'zh',
	з: 'z',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ь: '',
	ъ: '',
	ю: 'iu',
	я: 'ia',
	є: 'ie',
	ї: 'i',
	і: 'i',
	й: 'i',
	и: 'y',
	ё: 'e',
	э: 'e',
	ы: 'y'
};
/** Ukrainian national transliteration (2010), the spelling most Ukrainian places carry. */
const UKRAINIAN = COMMON;
/** Russian, Serbian and Macedonian habits where they differ from Ukrainian. */
const OTHER: Record<string, string> = {
	...COMMON,
	г: 'g',
	и: 'i',
	х: 'h',
	ц: 'c',
	ч: 'c',
	ш: 's',
	ж: 'z',
	ю: 'yu',
	я: 'ya',
	й: 'y',
	ј: 'j',
	љ: 'lj',
	њ: 'nj',
	ћ: 'c',
	ђ: 'dj',
	џ: 'dz',
	ѓ: 'g',
	ќ: 'k',
	ѕ: 'dz'
};

/** Latin spellings of a Cyrillic name, folded; empty for names without Cyrillic letters. */
export function transliterations(name: string): string[] {
	const folded = foldName(name);
	if (!/[\u0400-\u04ff]/.test(folded)) return [];
	const spell = (table: Record<string, string>) =>
		foldName([...folded].map((letter) => table[letter] ?? letter).join(''));
	return [...new Set([spell(UKRAINIAN), spell(OTHER)])];
}
