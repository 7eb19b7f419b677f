/** Prints a synthetic dataset: `npx tsx scripts/generate-events.ts 10000 [seed] > events.json`. */
import { generateEvents } from './generateEvents';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
	console.error('usage: npx tsx scripts/generate-events.ts <count> [seed]');
	process.exit(1);
}
process.stdout.write(JSON.stringify(generateEvents(count, seed)) + '\n');
