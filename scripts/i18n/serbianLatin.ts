/**
 * Writes `src/lib/i18n/messages/sr-Latn/*.ts` from the Cyrillic `sr/*.ts`, so the two scripts say
 * the same thing; `serbianLatin.test.ts` fails when they drift. Run: `npx tsx scripts/i18n/serbianLatin.ts [area]`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serbianLatin } from '../../src/lib/i18n/serbianLatin';

const messages = join(import.meta.dirname, '../../src/lib/i18n/messages');
const only = process.argv[2];
mkdirSync(join(messages, 'sr-Latn'), { recursive: true });
for (const file of readdirSync(join(messages, 'sr'))) {
	if (only && file !== `${only}.ts`) continue;
	const cyrillic = readFileSync(join(messages, 'sr', file), 'utf8');
	const latin = serbianLatin(cyrillic)
		.replaceAll('Serbian (Cyrillic)', 'Serbian (Latin)')
		.replace('export const sr = ', 'export const srLatn = ');
	writeFileSync(join(messages, 'sr-Latn', file), latin);
}
