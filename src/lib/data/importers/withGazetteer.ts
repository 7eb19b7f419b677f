/**
 * Runs an import, and when rows name places that have no coordinates, fetches the gazetteer and
 * runs it again with place lookups: the file is read twice only when it needs the gazetteer, and
 * the gazetteer is fetched only then.
 */

import type { Gazetteer } from '$lib/gazetteer/gazetteer';
import type { ImportResult } from './importText';
import { UNPLACED, type LookupPlace } from './placeByName';

/** True when some row could not be placed for want of coordinates. */
export function needsGazetteer(result: ImportResult): boolean {
	return result.problems.some((problem) => problem.message.endsWith(UNPLACED));
}

/** `run` without lookups, then, if needed and the gazetteer loads, with them. */
export async function importWithGazetteer(
	run: (lookupPlace?: LookupPlace) => ImportResult | Promise<ImportResult>,
	load: (() => Promise<Gazetteer>) | undefined
): Promise<ImportResult> {
	const first = await run();
	if (!load || !needsGazetteer(first)) return first;
	let gazetteer: Gazetteer;
	try {
		gazetteer = await load();
	} catch {
		return first;
	}
	return run(gazetteer.lookupPlace);
}
