import { max, min, quantileSorted } from 'd3-array';

/** Median and spread of repeated measurements. */
export interface Summary {
	runs: number;
	median: number;
	min: number;
	max: number;
	p25: number;
	p75: number;
}

/** Frame gaps while something moves: the typical gap, the bad ones, the worst. */
export interface GapStats {
	frames: number;
	p50: number;
	p95: number;
	max: number;
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** Summarises repeated runs so one slow outlier shows as spread, not as the headline number. */
export function summarize(values: readonly number[]): Summary {
	if (values.length === 0) throw new Error('summarize: no values');
	const ordered = sorted(values);
	return {
		runs: ordered.length,
		median: quantileSorted(ordered, 0.5)!,
		min: min(ordered)!,
		max: max(ordered)!,
		p25: quantileSorted(ordered, 0.25)!,
		p75: quantileSorted(ordered, 0.75)!
	};
}

/** Gaps between consecutive frame timestamps, so a dropped frame shows as one long gap. */
export function frameGaps(timestamps: readonly number[]): number[] {
	return timestamps.slice(1).map((time, index) => time - timestamps[index]);
}

/** The percentiles of frame gaps that a smoothness budget is written against. */
export function gapStats(timestamps: readonly number[]): GapStats {
	const gaps = sorted(frameGaps(timestamps));
	if (gaps.length === 0) throw new Error('gapStats: fewer than two frames');
	return {
		frames: timestamps.length,
		p50: quantileSorted(gaps, 0.5)!,
		p95: quantileSorted(gaps, 0.95)!,
		max: gaps[gaps.length - 1]
	};
}

/** Input-to-paint latencies: the typical, the bad ones, the worst, and how many were seen. */
export interface LatencyStats {
	events: number;
	p50: number;
	p95: number;
	max: number;
}

export function latencyStats(values: readonly number[]): LatencyStats {
	const ordered = sorted(values);
	if (ordered.length === 0) return { events: 0, p50: NaN, p95: NaN, max: NaN };
	return {
		events: ordered.length,
		p50: quantileSorted(ordered, 0.5)!,
		p95: quantileSorted(ordered, 0.95)!,
		max: ordered[ordered.length - 1]
	};
}

/** How many input latencies exceed `limitMs`: moves the page could not draw in time. */
export function lateCount(latencies: readonly number[], limitMs: number): number {
	return latencies.filter((latency) => latency > limitMs).length;
}
