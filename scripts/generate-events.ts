/**
 * Prints a synthetic dataset: `npx tsx scripts/generate-events.ts 10000 [seed] [places] > events.json`
 * (with `places`, events spread over that many distinct places anywhere on Earth).
 */
import { generateEvents } from './generateEvents';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
const places = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
if (
	!Number.isInteger(count) ||
	count < 0 ||
	!Number.isInteger(seed) ||
	(places !== undefined && !(Number.isInteger(places) && places >= 0))
) {
	console.error('usage: npx tsx scripts/generate-events.ts <count> [seed] [places]');
	process.exit(1);
}
process.stdout.write(JSON.stringify(generateEvents(count, seed, { places })) + '\n');
