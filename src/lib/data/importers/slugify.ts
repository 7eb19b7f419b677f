/** A readable id from any text: lower-case letters and digits of any script joined by dashes. */
export function slugify(text: string, maxLength = 60): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.slice(0, maxLength)
		.replace(/^-+|-+$/g, '');
}

/** The slug of `text`, or `fallback`, made unique against `used` with -2, -3…; records it as used. */
export function uniqueSlug(text: string, fallback: string, used: Set<string>): string {
	const base = slugify(text) || fallback;
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}
