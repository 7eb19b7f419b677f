/** Up to this many actors, the filter is a plain select; beyond, a search that lists matches. */
export const ACTOR_SELECT_MAX = 100;
/** A search lists at most this many matching actors at once; the count stays exact. */
export const ACTOR_MATCHES_SHOWN = 50;

const folded = (text: string) => text.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Actors with their search keys, folded once per dataset so a keystroke only scans. */
export function actorIndex(actors: readonly string[]): { actor: string; key: string }[] {
	return actors.map((actor) => ({ actor, key: folded(actor) }));
}

/**
 * The actors whose name holds the query (case and accents ignored), names starting with it
 * first, at most `limit` of them, with the exact number that match: one linear pass a keystroke.
 */
export function matchActors(
	index: readonly { actor: string; key: string }[],
	query: string,
	limit = ACTOR_MATCHES_SHOWN
): { actors: string[]; count: number } {
	const wanted = folded(query.trim());
	const starts: string[] = [];
	const inside: string[] = [];
	let count = 0;
	for (const { actor, key } of index) {
		const at = wanted === '' ? 0 : key.indexOf(wanted);
		if (at < 0) continue;
		count++;
		if (at === 0 && starts.length < limit) starts.push(actor);
		else if (at > 0 && inside.length < limit) inside.push(actor);
	}
	return { actors: [...starts, ...inside].slice(0, limit), count };
}
