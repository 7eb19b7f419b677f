import { markdownTable } from './formatTable';
import type { ZoomReport } from './measureMapZoom';
import type { ScaleRow } from './measureScale';
import type { ScrubReport } from './measureScrub';
import type { Summary } from './stats';

const ms = (value: number) => (Number.isFinite(value) ? String(Math.round(value)) : '–');
const count = (value: number) => value.toLocaleString('en-US');
const gaps = ({ gaps }: ScrubReport) =>
	`${gaps.p50.toFixed(1)} / ${gaps.p95.toFixed(1)} / ${gaps.max.toFixed(1)}`;
const latency = ({ latency }: ScrubReport) =>
	`${ms(latency.p50)} / ${ms(latency.p95)} / ${ms(latency.max)}`;
const median = (summary: Summary) =>
	`${ms(summary.median)} (${ms(summary.min)}–${ms(summary.max)})`;

/**
 * The distinct-place rows: load times on both pages, and the realistic scrub (timeline zoomed in
 * until events are marks, markers changing) on each, with latency, late moves and marker changes.
 */
export function formatRealisticScrubs(scale: ScaleRow[], scrub: { steps: number; durationMs: number }) {
	const rows = scale.flatMap((row) =>
		row.zoomed
			? (['embed', 'page'] as const).map((which) => {
					const report = row.zoomed![which];
					const tti = which === 'embed' ? row.tti : row.pageTti!;
					return [
						`${count(row.events)} at ${count(row.places ?? 0)} places`,
						which === 'embed' ? '`/embed/`' : '`/`',
						median(tti),
						gaps(report),
						latency(report),
						`${report.longTasks.count} (${ms(report.longTasks.maxMs)} ms)`,
						`${report.lateMoves} of ${report.latency.events}`,
						`${count(report.flips.midScrub)}`
					];
				})
			: []
	);
	if (rows.length === 0) return [];
	return [
		'### Realistic scrub: distinct places, timeline zoomed in, markers changing',
		'',
		`The timeline shows a window of about 250 events (each drawn as a mark); the drag crosses it in ` +
			`${scrub.steps} pointer moves on a fixed schedule over ${scrub.durationMs} ms. Latency runs from ` +
			'a pointer event to the end of the frame that drew it; a move is late when the page drew it ' +
			'more than two frames (33 ms) after it arrived; marker changes count `data-active` flips between the ' +
			'first and the last move (the run fails if there are none).',
		'',
		markdownTable(
			[
				'events',
				'page',
				'interactive, median (min–max) ms',
				'frame gap p50 / p95 / max ms',
				'input to paint p50 / p95 / max ms',
				'long tasks (longest)',
				'moves drawn late / received',
				'marker changes'
			],
			rows
		),
		''
	];
}

export function formatMapZoom(zooms: ZoomReport[]) {
	if (zooms.length === 0) return [];
	return [
		`### Map zoom steps, ${count(zooms[0].places)} places (reduced motion: no zoom animation)`,
		'',
		'Each load zooms in four steps and out four. At rest: the first step a second after the basemap\'s countries are drawn (the budget: the median over loads of each load\'s slowest step). At once: as soon as the markers show, while the basemap and the idle preparation of the next zoom levels may still be under way.',
		'',
		markdownTable(
			[
				'zoomed',
				'loads × steps',
				'settled, median (min–max) ms',
				'slowest step of a load, median (min–max) ms',
				'markers in the page, median (max)',
				'long tasks (longest)'
			],
			zooms.map((zoom) => [
				zoom.atRest ? 'at rest' : 'at once',
				`${zoom.slowest.runs} × ${zoom.steps.runs / zoom.slowest.runs}`,
				median(zoom.steps),
				median(zoom.slowest),
				`${ms(zoom.markers.median)} (${ms(zoom.markers.max)})`,
				`${zoom.longTasks.count} (${ms(zoom.longTasks.maxMs)} ms)`
			])
		),
		''
	];
}
