/** Letters that carry no mark to strip but that readers type without it (Serbian Latin đ, …). */
const PLAIN: Record<string, string> = {
	đ: 'd',
	ł: 'l',
	ø: 'o',
	ħ: 'h',
	ı: 'i',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	// Arabic: alef wasla and alef maksura read as plain alef and yeh.
	ٱ: 'ا',
	ى: 'ي'
};
const PLAIN_LETTERS = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'gu');
/** Combining marks (accents, Arabic harakat, hamza above and below) and the tatweel. */
const MARKS = /[\p{M}\u0640]/gu;

/**
 * Letters written with a mark that a language's readers tell apart from the bare letter (its
 * collation sorts them apart): folding keeps them in that language. Letters such as Serbian ђ ћ
 * ј or Ukrainian ґ have no mark to strip and are kept in every language. Serbian Latin č ć š ž
 * đ and Albanian ë ç are letters too, but readers type them bare in searches, so they fold.
 */
const KEPT: Readonly<Record<string, string>> = {
	uk: 'йї',
	mk: 'ѓќ'
};
/** Stand-ins from the private use area, which decomposition and lower-casing leave alone. */
const STAND_IN = 0xe000;
const KEPT_PATTERNS = new Map(
	Object.entries(KEPT).map(([language, letters]) => [language, new RegExp(`[${letters}]`, 'gu')])
);
const STAND_INS = /[\ue000-\ue0ff]/gu;

/**
 * Text as search compares it in a reader's language: decomposed, marks stripped, lower-cased,
 * Arabic tatweel removed and alef forms folded (أ إ آ ٱ → ا), so "Kyiv" finds "KYÏV" and
 * "الاستفتاء" finds "الإستفتاء"; letters the language tells apart keep their mark (Ukrainian
 * "й" does not fold to "и").
 */
export function foldText(text: string, language = 'en'): string {
	// Most text in most stories is ASCII: lower-casing is then all folding does.
	if (ASCII.test(text)) return text.toLowerCase();
	const kept = KEPT_PATTERNS.get(language);
	if (!kept) return stripMarks(text.normalize('NFD')).toLowerCase().replace(PLAIN_LETTERS, plain);
	const letters = KEPT[language];
	const hidden = text
		.normalize('NFC')
		.toLowerCase()
		.replace(kept, (letter) => String.fromCharCode(STAND_IN + letters.indexOf(letter)));
	return stripMarks(hidden.normalize('NFD'))
		.replace(PLAIN_LETTERS, plain)
		.replace(STAND_INS, (standIn) => letters[standIn.charCodeAt(0) - STAND_IN] ?? '');
}

const stripMarks = (decomposed: string) => decomposed.replace(MARKS, '');
const plain = (letter: string) => PLAIN[letter];

const ASCII = /^[\t\n\r\x20-\x7e]*$/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_SEPARATORS = /[^a-zA-Z0-9]+/;

/** The words of already folded text: runs of letters and digits. */
export function tokensOf(folded: string): string[] {
	const words = folded.split(ASCII.test(folded) ? ASCII_SEPARATORS : SEPARATORS);
	return words.filter(Boolean);
}
