/**
 * Search at scale, measured in Node on the same code the page runs: the index built once for a
 * dataset, then each search update (the query folded, the index read, the shown events
 * filtered) as a reader types, word by word.
 */
import { performance } from 'node:perf_hooks';
import { parseDataset } from '../../src/lib/data/parseDataset';
import { indexEvents } from '../../src/lib/search/eventSearchText';
import { search } from '../../src/lib/search/searchIndex';
import { generateEvents } from '../generateEvents';
import { summarize } from './stats';

/** What a reader types, keystroke by keystroke: one letter, word prefixes, several words, no match. */
export const TYPED = ['k', 'ky', 'kyi', 'kyiv', 'kyiv s', 'kyiv st', 'kyiv statement', 'no', 'not', 'note', 'e', 'zzzz', 'dated from the'];

export interface SearchReport {
	events: number;
	indexMs: number;
	updates: { runs: number; median: number; p95: number; max: number };
}

export function measureSearch(events: number, rounds: number): SearchReport {
	const { dataset } = parseDataset(generateEvents(events, 1, { places: Math.min(events / 10, 10_000) }));
	if (!dataset) throw new Error('measureSearch: the synthetic data did not parse');
	const started = performance.now();
	const index = indexEvents(dataset);
	const indexMs = performance.now() - started;
	const times: number[] = [];
	let shown = 0;
	for (let round = 0; round < rounds; round++) {
		for (const query of TYPED) {
			const begin = performance.now();
			const matches = search(index, query);
			shown += matches ? dataset.events.filter((event) => matches[event.index] === 1).length : 0;
			times.push(performance.now() - begin);
		}
	}
	if (shown === 0) throw new Error('measureSearch: no query matched anything');
	const ordered = [...times].sort((a, b) => a - b);
	const summary = summarize(times);
	return {
		events,
		indexMs,
		updates: {
			runs: times.length,
			median: summary.median,
			p95: ordered[Math.min(ordered.length - 1, Math.floor(ordered.length * 0.95))],
			max: summary.max
		}
	};
}

/** The report's section, with the 100 ms budget marked. */
export function formatSearch(report: SearchReport, budgetMs = 100): string {
	const mark = report.updates.p95 <= budgetMs ? '✅' : '❌';
	const ms = (value: number) => value.toFixed(1);
	return [
		`### Search, ${report.events.toLocaleString('en')} events`,
		'',
		'| index built once (ms) | updates | median (ms) | p95 (ms) | max (ms) | budget: p95 ≤ 100 ms |',
		'| --- | --- | --- | --- | --- | --- |',
		`| ${ms(report.indexMs)} | ${report.updates.runs} | ${ms(report.updates.median)} | ${ms(report.updates.p95)} | ${ms(report.updates.max)} | ${mark} |`,
		''
	].join('\n');
}
