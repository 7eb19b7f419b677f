/** The delimiters a table may be written with, in the order they are tried when tied. */
export const DELIMITERS = [',', '\t', ';'];

/** The header and this many records after it are enough to tell the delimiter. */
const SAMPLE_RECORDS = 6;
/** Only the start of the text is read: a 100,000-row table is told by its first lines. */
const SAMPLE_CHARACTERS = 20_000;

/**
 * The candidate delimiters, best first. A header name may hold another candidate (`Location
 * (city, country)` in a TSV), so the first one seen proves nothing: the best splits the header
 * and the records after it into the same number of fields, more than one (and more fields beat
 * fewer); then those that split the header, by how many records agree with it. Ties keep the
 * order of `DELIMITERS`.
 */
export function rankDelimiters(text: string): string[] {
	const scored = DELIMITERS.map((delimiter) => {
		const [header = 0, ...records] = fieldCounts(text, delimiter);
		const agreeing = records.filter((count) => count === header).length;
		return { delimiter, splits: header > 1, fits: agreeing === records.length, agreeing, header };
	});
	scored.sort(
		(a, b) =>
			Number(b.splits) - Number(a.splits) ||
			Number(b.fits) - Number(a.fits) ||
			b.agreeing - a.agreeing ||
			b.header - a.header
	);
	return scored.map(({ delimiter }) => delimiter);
}

/**
 * How many fields each of the first records has when split on `delimiter`, as d3-dsv splits
 * them: a quote opens a value only at its start, `""` is a quote inside one, and a quoted value
 * may hold delimiters and line breaks. Records whose values are all blank are skipped, as
 * `readCsv` skips them; a record cut off by the end of the sample is left out.
 */
export function fieldCounts(text: string, delimiter: string): number[] {
	const end = Math.min(text.length, SAMPLE_CHARACTERS);
	const counts: number[] = [];
	let fields = 1;
	let blank = true;
	let fieldStart = true;
	let quoted = false;
	for (let at = 0; at < end && counts.length < SAMPLE_RECORDS; at += 1) {
		const character = text[at];
		if (quoted) {
			if (character === '"' && text[at + 1] === '"') at += 1;
			else if (character === '"') quoted = false;
		} else if (character === delimiter) {
			fields += 1;
			fieldStart = true;
		} else if (character === '\n' || character === '\r') {
			if (character === '\r' && text[at + 1] === '\n') at += 1;
			if (!blank) counts.push(fields);
			[fields, blank, fieldStart] = [1, true, true];
		} else if (character === '"' && fieldStart) {
			[quoted, blank, fieldStart] = [true, false, false];
		} else {
			// Spaces are blank but, as in d3-dsv, a quote after them no longer opens a value.
			fieldStart = false;
			if (character !== ' ' && character !== '\t') blank = false;
		}
	}
	if (end === text.length && !quoted && !blank && counts.length < SAMPLE_RECORDS) {
		counts.push(fields);
	}
	return counts;
}
