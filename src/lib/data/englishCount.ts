/**
 * A whole number as English writes it in a message, digits grouped by commas ("20,000"), as
 * `toLocaleString('en')` writes it but without Intl: a worker's first call into Intl loads its
 * locale data, which took the parser's worker about 20 ms of its start (the schema's messages
 * are written when the worker starts, before it can begin a download).
 */
export function englishCount(n: number): string {
	if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
	const digits = String(Math.abs(n));
	let grouped = digits.slice(0, digits.length % 3 || 3);
	for (let at = grouped.length; at < digits.length; at += 3)
		grouped += ',' + digits.slice(at, at + 3);
	return n < 0 ? '-' + grouped : grouped;
}
