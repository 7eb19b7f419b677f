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
 * Text as search compares it: decomposed, marks stripped, lower-cased, Arabic tatweel removed
 * and alef forms folded (أ إ آ ٱ → ا), so "Kyiv" finds "KYÏV" and "الاستفتاء" finds "الإستفتاء".
 */
export function foldText(text: string): string {
	// Most text in most stories is ASCII: lower-casing is then all folding does.
	if (ASCII.test(text)) return text.toLowerCase();
	return text
		.normalize('NFD')
		.replace(MARKS, '')
		.toLowerCase()
		.replace(PLAIN_LETTERS, (letter) => PLAIN[letter]);
}

const ASCII = /^[\t\n\r\x20-\x7e]*$/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_SEPARATORS = /[^a-zA-Z0-9]+/;

/** The words of already folded text: runs of letters and digits. */
export function tokensOf(folded: string): string[] {
	const words = folded.split(ASCII.test(folded) ? ASCII_SEPARATORS : SEPARATORS);
	return words.filter(Boolean);
}
