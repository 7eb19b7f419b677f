import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the validator as CI would, through tsx, and returns its exit code and output. */
function validate(...files: string[]) {
	const run = spawnSync(
		'npx',
		['tsx', '--tsconfig', 'scripts/tsconfig.cli.json', 'scripts/validate.ts', ...files],
		{
			encoding: 'utf8',
			timeout: 60_000
		}
	);
	return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate', () => {
	it('passes a good file in each format with exit code 0', () => {
		const { code, out } = validate(
			'static/examples/events.json',
			'static/examples/events.csv',
			'static/examples/timelinejs.csv',
			'static/examples/timelinejs.json',
			'static/examples/events.geojson'
		);
		expect(code).toBe(0);
		expect(out).toContain(
			'static/examples/events.csv: Chronomap CSV, 8 valid events, 7 places, 0 eras'
		);
		expect(out).toContain(
			'static/examples/timelinejs.csv: TimelineJS spreadsheet (CSV), 7 valid events, 0 places, 1 era'
		);
		expect(out).toContain('static/examples/events.geojson: GeoJSON, 8 valid events');
		expect(out).not.toContain('error');
	}, 60_000);

	it('fails a file with bad rows with exit code 1 and names each row as the app does', () => {
		const { code, out } = validate('tests/fixtures/data/half-valid.csv');
		expect(code).toBe(1);
		expect(out).toContain('tests/fixtures/data/half-valid.csv: Chronomap CSV, 3 valid events');
		expect(out).toContain('  error   line 3, date: "2023-02-30" is not a real date');
		expect(out).toContain('  warning line 10, place: "Kyiv" has other coordinates');
		expect(out).toContain('7 errors, 3 warnings');
	}, 60_000);

	it.each([
		{ file: 'tests/fixtures/data/truncated.json', line: 'file: is not valid JSON' },
		{ file: 'tests/fixtures/data/no-valid-events.csv', line: 'file: has no valid events' },
		{ file: 'tests/fixtures/data/empty.csv', line: 'no problems; no valid events' },
		{ file: 'tests/fixtures/data/does-not-exist.csv', line: 'file: could not be read' }
	])(
		'fails $file with exit code 1',
		({ file, line }) => {
			const { code, out } = validate(file);
			expect(code).toBe(1);
			expect(out).toContain(`${file}: `);
			expect(out).toContain(line);
		},
		60_000
	);

	it('explains its usage with exit code 2', () => {
		const { code, err } = validate();
		expect(code).toBe(2);
		expect(err).toContain('Usage: npm run validate -- [--gazetteer] <file>');
	}, 60_000);

	it('places rows by name only with --gazetteer, naming each match', () => {
		const file = 'tests/fixtures/data/places-without-coordinates.csv';
		const without = validate(file);
		expect(without.code).toBe(1);
		expect(without.out).toContain('"Prishtina" has no lat and lon on any line');
		const { code, out } = validate('--gazetteer', file);
		expect(code).toBe(0);
		expect(out).toContain("line 2, place: 'Prishtina' placed at Pristina, XK, 42.67, 21.17");
		expect(out).toContain("line 3, place: 'Київ' placed at Kyiv, UA, 50.45, 30.52");
	}, 60_000);

	it('reads a Windows-1252 file as the app does, and says so', () => {
		const dir = mkdtempSync(join(tmpdir(), 'validate-'));
		const file = join(dir, 'excel.csv');
		writeFileSync(file, Buffer.from('title,date\nCaf\xe9 meeting,2024\n', 'latin1'));
		try {
			const { code, out } = validate(file);
			expect(code).toBe(0);
			expect(out).toContain('1 valid event');
			expect(out).toContain('warning file: is not UTF-8, so it was read as Windows-1252');
		} finally {
			rmSync(dir, { recursive: true });
		}
	}, 60_000);
});
