const LETTERS: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	ђ: 'đ',
	е: 'e',
	ж: 'ž',
	з: 'z',
	и: 'i',
	ј: 'j',
	к: 'k',
	л: 'l',
	љ: 'lj',
	м: 'm',
	н: 'n',
	њ: 'nj',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	ћ: 'ć',
	у: 'u',
	ф: 'f',
	х: 'h',
	ц: 'c',
	ч: 'č',
	џ: 'dž',
	ш: 'š'
};

const isUpper = (letter: string | undefined) =>
	letter !== undefined && letter !== letter.toLowerCase();

/**
 * Serbian Cyrillic in Serbian Latin letters, letter for letter (the two alphabets map one to one),
 * so the `sr-Latn` strings can be checked to say exactly what the `sr` ones say. A capital
 * Љ, Њ or Џ is "Lj", "Nj", "Dž" in a word and "LJ", "NJ", "DŽ" in a word written in capitals.
 */
export function serbianLatin(cyrillic: string): string {
	const letters = [...cyrillic];
	return letters
		.map((letter, index) => {
			const lower = letter.toLowerCase();
			const latin = LETTERS[lower];
			if (latin === undefined) return letter;
			if (!isUpper(letter)) return latin;
			const word =
				isUpper(letters[index + 1]) || (isUpper(letters[index - 1]) && !letters[index + 1]);
			return word ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
		})
		.join('');
}
