/**
 * The timeline's time axis: UTC milliseconds mapped linearly onto pixels, and back. It is all the
 * timeline asks of a time scale (ticks come from tickUnits.ts and d3-time), so the first view
 * does without d3-scale's time scale and the colour and format code it brings along.
 */
export interface TimeScale {
	(time: number | Date): number;
	/** The instant at a pixel. */
	invert(x: number): Date;
	domain(): [Date, Date];
	range(): [number, number];
}

export function timeScale(
	domain: readonly [number | Date, number | Date],
	range: readonly [number, number]
): TimeScale {
	const d0 = +domain[0];
	const d1 = +domain[1];
	const [r0, r1] = range;
	const span = d1 - d0;
	// A domain of one instant maps to the middle of the range, as d3-scale does.
	const scale = ((time: number | Date) =>
		span === 0 ? (r0 + r1) / 2 : r0 + ((+time - d0) / span) * (r1 - r0)) as TimeScale;
	scale.invert = (x: number) => new Date(r1 === r0 ? d0 : d0 + ((x - r0) / (r1 - r0)) * span);
	scale.domain = () => [new Date(d0), new Date(d1)];
	scale.range = () => [r0, r1];
	return scale;
}
