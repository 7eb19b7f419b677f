import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Test helper: a file from tests/fixtures/data or static/examples, as text. */
export function readFixture(name: string): string {
	const folder = name.startsWith('examples/') ? 'static' : 'tests/fixtures/data';
	return readFileSync(path.resolve(process.cwd(), folder, name), 'utf8');
}
