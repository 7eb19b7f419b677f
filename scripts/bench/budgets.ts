import type { Comparison } from './compareLoads';
import type { ScaleRow } from './measureScale';
import type { ZoomReport } from './measureMapZoom';
import { checkScaleBudgets } from './scaleBudgets';

export interface BudgetCheck {
	budget: string;
	actual: string;
	pass: boolean;
}

const KB = 1024;
const ms = (value: number) => `${Math.round(value)} ms`;
const gap = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Frame gaps come in whole 60 Hz frames (16.67, 33.33 ms…), so gap budgets are read as frames:
 * 16.7 ms is one frame, 33 ms two; a gap is within when it is no longer than that many frames
 * give or take 0.5 ms of timestamp jitter.
 */
const FRAME = 1000 / 60;
const withinGap = (value: number, limit: number) =>
	value <= Math.round(limit / FRAME) * FRAME + 0.5;

/** Checks the measurements against the project's performance budgets; a missing size is skipped. */
export function checkBudgets(
	comparison: Comparison,
	scale: ScaleRow[],
	zoom?: ZoomReport
): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const gzip = comparison.bytes.chronomap.total.gzip;
	checks.push({
		budget: '/embed/ first view ≤ 120 KB gzip, all in',
		actual: `${(gzip / KB).toFixed(1)} KB`,
		pass: gzip <= 120 * KB
	});
	checks.push({
		budget: 'time to interactive (handle answers a key) ≤ 1.0 × TimelineJS (article data)',
		actual: `${comparison.tti.ratio.toFixed(2)} ×`,
		pass: comparison.tti.ratio <= 1
	});
	const paints = comparison.paints;
	if (paints) {
		for (const [name, key] of [
			['first contentful paint', 'fcp'],
			['largest contentful paint', 'lcp']
		] as const) {
			const ratio = paints.chronomap[key].median / paints.timelinejs[key].median;
			checks.push({
				budget: `${name} of /embed/ ≤ 0.5 × TimelineJS`,
				actual: `${ratio.toFixed(2)} ×`,
				pass: ratio <= 0.5
			});
		}
		const shift = paints.chronomap.cls.max;
		checks.push({
			budget: 'cumulative layout shift of /embed/ ≤ 0.05 (worst load)',
			actual: shift.toFixed(3),
			pass: shift <= 0.05
		});
	}
	const at = (events: number, places?: number) =>
		scale.find((row) => row.events === events && row.places === places);
	const tenThousand = at(10_000);
	if (tenThousand) {
		checks.push(
			{
				budget: '10k events: interactive ≤ 1 s',
				actual: ms(tenThousand.tti.median),
				pass: tenThousand.tti.median <= 1000
			},
			{
				budget: '10k events: p95 frame gap ≤ 16.7 ms (1 frame) while scrubbing',
				actual: gap(tenThousand.scrub.gaps.p95),
				pass: withinGap(tenThousand.scrub.gaps.p95, 16.7)
			}
		);
	}
	const hundredThousand = at(100_000);
	if (hundredThousand) {
		const { tti, scrub } = hundredThousand;
		checks.push(
			{
				budget: '100k events: interactive ≤ 3 s',
				actual: ms(tti.median),
				pass: tti.median <= 3000
			},
			{
				budget: '100k events: p95 frame gap ≤ 33 ms (2 frames) while scrubbing',
				actual: gap(scrub.gaps.p95),
				pass: withinGap(scrub.gaps.p95, 33)
			},
			{
				budget: '100k events: no long task over 200 ms during a scrub',
				actual: scrub.longTasks.count ? `longest ${ms(scrub.longTasks.maxMs)}` : 'none',
				pass: scrub.longTasks.maxMs <= 200
			}
		);
	}
	return [...checks, ...checkScaleBudgets(scale, zoom)];
}
