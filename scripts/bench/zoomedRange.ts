const DAY = 86_400_000;
/** The synthetic data runs from 2014 to 2023. */
const FIRST = Date.UTC(2014, 1, 1);
const YEARS = 10;

/**
 * A `from`/`to` window early in the synthetic data holding about `marks` events, so the
 * timeline draws each as a mark (not the density strip) and places light up for the first time
 * as the scrubber crosses it: the scrub a reader makes when reading closely.
 */
export function zoomedRange(events: number, marks = 250): { from: string; to: string } {
	const perDay = Math.max(events, 1) / (YEARS * 365);
	const days = Math.min(YEARS * 365, Math.max(7, Math.round(marks / perDay)));
	const day = (time: number) => new Date(time).toISOString().slice(0, 10);
	return { from: day(FIRST), to: day(FIRST + days * DAY) };
}
