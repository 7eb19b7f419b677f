import type { BudgetCheck } from './budgets';
import type { ZoomReport } from './measureMapZoom';
import type { ScaleRow } from './measureScale';
import type { ScrubReport } from './measureScrub';

const FRAME = 1000 / 60;
const ms = (value: number) => `${Math.round(value)} ms`;
const gap = (value: number) => `${value.toFixed(1)} ms`;
/** Frame gaps come in whole frames: a budget of 17 ms is one frame, 33 ms two, ± 0.5 ms jitter. */
export const withinGap = (value: number, limit: number) =>
	value <= Math.round(limit / FRAME) * FRAME + 0.5;
/** At most this share of the pointer moves a page received may be drawn late (> 2 frames). */
export const LATE_MOVES_SHARE = 0.05;

function gapCheck(budget: string, scrub: ScrubReport, limit: number): BudgetCheck {
	return { budget, actual: gap(scrub.gaps.p95), pass: withinGap(scrub.gaps.p95, limit) };
}

function lateCheck(budget: string, scrub: ScrubReport): BudgetCheck {
	return {
		budget,
		actual: `${scrub.lateMoves} of ${scrub.latency.events}`,
		pass: scrub.lateMoves <= scrub.latency.events * LATE_MOVES_SHARE
	};
}

function longTaskCheck(budget: string, scrubs: ScrubReport[]): BudgetCheck {
	const longest = Math.max(0, ...scrubs.map((scrub) => scrub.longTasks.maxMs));
	return { budget, actual: longest ? `longest ${ms(longest)}` : 'none', pass: longest <= 200 };
}

/**
 * The map-at-scale budgets (issue 13), on the rows with distinct places: realistic scrubs on
 * `/` and `/embed/`, 100,000 events at 10,000 places, and zoom steps over 4,000 places. A size
 * that was not measured is skipped.
 */
export function checkScaleBudgets(scale: ScaleRow[], zoom?: ZoomReport): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const at = (events: number, places: number) =>
		scale.find((row) => row.events === events && row.places === places);
	const tenK = at(10_000, 1_000);
	if (tenK?.zoomed) {
		const { embed, page } = tenK.zoomed;
		checks.push(
			gapCheck('10k events, 1k places, zoomed scrub on /embed/: p95 frame gap ≤ 17 ms', embed, 17),
			gapCheck('10k events, 1k places, zoomed scrub on /: p95 frame gap ≤ 17 ms', page, 17),
			lateCheck('10k events, 1k places, zoomed scrub on /embed/: ≤ 5 % of moves late', embed),
			lateCheck('10k events, 1k places, zoomed scrub on /: ≤ 5 % of moves late', page)
		);
	}
	const hundredK = at(100_000, 10_000);
	if (hundredK?.zoomed) {
		const { embed, page } = hundredK.zoomed;
		const slowest = Math.max(hundredK.tti.median, hundredK.pageTti?.median ?? 0);
		checks.push(
			{
				budget: '100k events, 10k places: interactive ≤ 3 s on /embed/ and /',
				actual: ms(slowest),
				pass: slowest <= 3000
			},
			gapCheck('100k events, 10k places, whole-track scrub: p95 ≤ 33 ms', hundredK.scrub, 33),
			gapCheck('100k events, 10k places, zoomed scrub on /embed/: p95 ≤ 33 ms', embed, 33),
			gapCheck('100k events, 10k places, zoomed scrub on /: p95 ≤ 33 ms', page, 33),
			longTaskCheck('100k events, 10k places: no long task over 200 ms in a scrub', [
				hundredK.scrub,
				embed,
				page
			])
		);
	}
	if (zoom) {
		checks.push(
			{
				budget: `${zoom.places.toLocaleString('en-US')} places: every map zoom step settles in ≤ 100 ms (map at rest; median of each load's slowest)`,
				actual: `slowest ${ms(zoom.slowest.median)} (of ${zoom.slowest.runs} loads; at most ${ms(zoom.slowest.max)})`,
				pass: zoom.slowest.median <= 100
			},
			{
				budget: `${zoom.places.toLocaleString('en-US')} places: no long task over 200 ms while zooming`,
				actual: zoom.longTasks.count ? `longest ${ms(zoom.longTasks.maxMs)}` : 'none',
				pass: zoom.longTasks.maxMs <= 200
			}
		);
	}
	return checks;
}
