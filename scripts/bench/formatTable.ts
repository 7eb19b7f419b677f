import type { BudgetCheck } from './budgets';
import type { Comparison, PaintSummary } from './compareLoads';
import { KINDS, type ByteReport, type LaterBytes } from './measureBytes';
import type { ScaleRow } from './measureScale';
import type { ZoomReport } from './measureMapZoom';
import { formatMapZoom, formatRealisticScrubs } from './formatScale';
import type { Summary } from './stats';

const FLOOR = 'Stack floor (SvelteKit + Leaflet, places only)';
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => String(Math.round(value));
const spread = (summary: Summary) => `${ms(summary.min)}–${ms(summary.max)}`;
const count = (value: number) => value.toLocaleString('en-US');

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function bytesRows(name: string, report: ByteReport) {
	const cells = (key: 'raw' | 'gzip') =>
		[...KINDS.map((kind) => report.byKind[kind][key]), report.total[key]].map(kb);
	return [
		[`${name}, raw`, ...cells('raw')],
		[`${name}, gzip`, ...cells('gzip')]
	];
}

/** A page's load times: median, spread and middle half. */
function ttiRow(name: string, summary: Summary) {
	return [
		name,
		ms(summary.median),
		spread(summary),
		`${ms(summary.p25)}–${ms(summary.p75)}`
	];
}

const paintRow = (name: string, paints: PaintSummary) => [
	name,
	ms(paints.fcp.median),
	ms(paints.lcp.median),
	paints.cls.max.toFixed(3)
];

const ratio = (paints: Comparison['paints'], key: 'fcp' | 'lcp') =>
	`${(paints.chronomap[key].median / paints.timelinejs[key].median).toFixed(2)} ×`;

/** What `/embed/` loads after its first view: left alone (idle), then on the first move on the map. */
function laterBytes(later?: LaterBytes) {
	if (!later) return [];
	return [
		'Chronomap `/embed/` after its first view (KB; the first view is what loads before the timeline answers a key):',
		'',
		markdownTable(
			['phase', ...KINDS, 'total'],
			[
				...bytesRows('at idle, no input', later.idle),
				...bytesRows('first interaction (pointer on the map)', later.interaction)
			]
		),
		''
	];
}

function largestFiles(report: ByteReport, limit = 6) {
	return [...report.urls]
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, limit)
		.map((file) => `${new URL(file.url).pathname} ${kb(file.gzip)} KB`)
		.join(', ');
}

/** The whole report as Markdown, ready to paste into the README. */
export function formatReport(
	comparison: Comparison,
	scale: ScaleRow[],
	budgets: BudgetCheck[],
	{
		quick,
		machine,
		zooms = [],
		scrub = { steps: 120, durationMs: 2000 }
	}: {
		quick: boolean;
		machine: string;
		/** Zoom steps on a map at rest (the budget's), then as soon as it showed. */
		zooms?: ZoomReport[];
		scrub?: { steps: number; durationMs: number };
	}
) {
	const { bytes, tti, timelinejsAt1000, blocked } = comparison;
	const attempts = Math.max(...blocked.timelinejs);
	const hosts = [...new Set(blocked.timelinejsUrls.map((url) => new URL(url).host))];
	return [
		`## Benchmark${quick ? ' (quick run: too few runs to quote)' : ''}`,
		'',
		machine,
		'',
		'### Bytes on first view (KB)',
		'',
		markdownTable(
			['page', ...KINDS, 'total'],
			[
				...bytesRows('Chronomap `/embed/`', bytes.chronomap),
				...bytesRows('TimelineJS 3', bytes.timelinejs),
				...bytesRows(FLOOR, bytes.floor)
			]
		),
		'',
		`Largest Chronomap files (gzip): ${largestFiles(bytes.chronomap)}.`,
		'',
		...laterBytes(bytes.chronomap.later),
		'### Paints and layout shift (same loads as below; medians, ms from navigation)',
		'',
		markdownTable(
			['page', 'FCP', 'LCP', 'CLS (worst load)'],
			[
				paintRow('Chronomap `/embed/`', comparison.paints.chronomap),
				paintRow('TimelineJS 3', comparison.paints.timelinejs)
			]
		),
		'',
		`Ratios Chronomap / TimelineJS: FCP ${ratio(comparison.paints, 'fcp')}, ` +
			`LCP ${ratio(comparison.paints, 'lcp')}.`,
		'',
		`### Time to interactive (${tti.chronomap.runs} loads each of the article, order rotating; Chronomap interactive once its timeline handle answers a key press, TimelineJS once its markers and a slide are drawn; ms)`,
		'',
		markdownTable(
			['page', 'median', 'min–max', 'p25–p75'],
			[
				ttiRow('Chronomap `/embed/`', tti.chronomap),
				ttiRow('TimelineJS 3', tti.timelinejs),
				ttiRow(FLOOR, tti.floor),
				ttiRow('Chronomap `/embed/`, 1,000 events', comparison.chronomapAt1000),
				ttiRow('TimelineJS 3, 1,000 events', timelinejsAt1000)
			]
		),
		'',
		`Ratio Chronomap / TimelineJS (medians): **${tti.ratio.toFixed(2)}**; ` +
			`the stack floor / TimelineJS: ${tti.floorRatio.toFixed(2)}. ` +
			`TimelineJS attempted ${attempts} third-party request${attempts === 1 ? '' : 's'} per load` +
			(hosts.length ? ` (${hosts.join(', ')})` : '') +
			`, blocked; Chronomap attempted ${Math.max(...blocked.chronomap)}.`,
		'',
		'### Scale: load, then drag the scrubber across the whole track',
		'',
		markdownTable(
			[
				'events',
				'interactive, median (min–max) ms',
				'JS heap after load',
				'scrub: frame gap p50 / p95 / max ms',
				'long tasks in scrub (longest)',
				'pointer moves'
			],
			scale.map((row) => [
				row.places === undefined
					? count(row.events)
					: `${count(row.events)} at ${count(row.places)} places`,
				`${ms(row.tti.median)} (${spread(row.tti)}, ${row.tti.runs} loads)`,
				`${(row.heapBytes / 1024 / 1024).toFixed(1)} MB`,
				`${row.scrub.gaps.p50.toFixed(1)} / ${row.scrub.gaps.p95.toFixed(1)} / ${row.scrub.gaps.max.toFixed(1)}`,
				`${row.scrub.longTasks.count} (${ms(row.scrub.longTasks.maxMs)} ms)`,
				`${row.scrub.moves} in ${ms(row.scrub.durationMs)} ms (${row.scrub.lateMoves} of ${row.scrub.latency.events} drawn late)`
			])
		),
		'',
		...formatRealisticScrubs(scale, scrub),
		...formatMapZoom(zooms),
		'### Budgets',
		'',
		markdownTable(
			['budget', 'measured', ''],
			budgets.map((check) => [check.budget, check.actual, check.pass ? '✅ pass' : '❌ miss'])
		)
	].join('\n');
}
