/**
 * Checks data files the way the app reads them and prints the same report, for people who build
 * datasets in CI: `npm run validate -- [--gazetteer] <file> [more files]`. The format is told from
 * the content. With `--gazetteer`, rows that name a place without coordinates are placed by the
 * shipped gazetteer (static/gazetteer/places.tsv), with a warning naming the match.
 * Exits 1 when a file has an error or no valid event, 2 on a usage error, else 0.
 */
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeBytes } from '../src/lib/data/decodeText';
import { FORMAT_NAMES } from '../src/lib/data/detectFormat';
import { importDataset, type ImportResult } from '../src/lib/data/importers/importDataset';
import { MAX_BYTES, tooLarge } from '../src/lib/data/loadDataset';
import { importWithGazetteer } from '../src/lib/data/importers/withGazetteer';
import { parseGazetteer } from '../src/lib/gazetteer/gazetteer';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The report for one file: a summary line, then one line per problem as the app lists them. */
export function formatReport(file: string, result: ImportResult): string {
	const { dataset, problems, format } = result;
	const summary = dataset
		? `${FORMAT_NAMES[format!]}, ${plural(dataset.events.length, 'valid event')}, ${plural(dataset.places.length, 'place')}, ${plural(dataset.eras.length, 'era')}`
		: `${format ? `${FORMAT_NAMES[format]}, ` : ''}not usable`;
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	const lines = problems.map(
		({ row, field, message, severity }) =>
			`  ${severity.padEnd(7)} ${row}${field ? `, ${field}` : ''}: ${message}`
	);
	const counts =
		problems.length === 0
			? 'no problems'
			: `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`;
	const verdict = dataset?.events.length ? counts : `${counts}; no valid events`;
	return [`${file}: ${summary}`, ...lines, `  ${verdict}`].join('\n');
}

/** True when the app would show events from the file without leaving any row out. */
export function passes(result: ImportResult): boolean {
	const events = result.dataset?.events.length ?? 0;
	return events > 0 && !result.problems.some((problem) => problem.severity === 'error');
}

const GAZETTEER_FILE = new URL('../static/gazetteer/places.tsv', import.meta.url);

async function validate(file: string, useGazetteer = false): Promise<ImportResult> {
	const fail = (message: string): ImportResult => ({
		format: null,
		dataset: null,
		problems: [{ row: 'file', field: '', message, severity: 'error' }]
	});
	try {
		if ((await stat(file)).size > MAX_BYTES) return fail(tooLarge(MAX_BYTES).message);
		// Decoded as the app decodes a file, Excel's Windows-1252 CSVs too.
		const { text, fallback } = decodeBytes(new Uint8Array(await readFile(file)));
		const options = { name: file, ...(fallback ? { decodedAs: fallback } : {}) };
		return await importWithGazetteer(
			(lookupPlace) => importDataset(text, options, lookupPlace),
			useGazetteer ? async () => parseGazetteer(await readFile(GAZETTEER_FILE, 'utf8')) : undefined
		);
	} catch (error) {
		return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const args = process.argv.slice(2).filter((arg) => arg !== '--');
	const useGazetteer = args.includes('--gazetteer');
	const files = args.filter((arg) => arg !== '--gazetteer');
	if (files.length === 0) {
		console.error('Usage: npm run validate -- [--gazetteer] <file> [more files]');
		process.exit(2);
	}
	let ok = true;
	for (const file of files) {
		const result = await validate(file, useGazetteer);
		ok &&= passes(result);
		console.log(formatReport(file, result));
	}
	process.exit(ok ? 0 : 1);
}
