/** A readable id from any text: lower-case letters and digits of any script joined by dashes. */
export function slugify(text: string, maxLength = 60): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.slice(0, maxLength)
		.replace(/^-+|-+$/g, '');
}

/** The next number to try for each base, per set of used ids: 20,000 equal titles stay linear. */
const nextNumbers = new WeakMap<Set<string>, Map<string, number>>();

/** The slug of `text`, or `fallback`, made unique against `used` with -2, -3…; records it as used. */
export function uniqueSlug(text: string, fallback: string, used: Set<string>): string {
	const base = slugify(text) || fallback;
	let id = base;
	if (used.has(id)) {
		let numbers = nextNumbers.get(used);
		if (!numbers) nextNumbers.set(used, (numbers = new Map()));
		let n = numbers.get(base) ?? 2;
		while (used.has(`${base}-${n}`)) n++;
		id = `${base}-${n}`;
		numbers.set(base, n + 1);
	}
	used.add(id);
	return id;
}
