import type { Position } from 'geojson';
import { segmentDistance } from './segmentDistance';

function keepFarPoints(
	line: Position[],
	tolerance: number,
	keep: boolean[],
	first: number,
	last: number
): void {
	const stack: [number, number][] = [[first, last]];
	while (stack.length) {
		const [from, to] = stack.pop()!;
		let farthest = from;
		let distance = -1;
		for (let i = from + 1; i < to; i++) {
			const d = segmentDistance(line[i], line[from], line[to]);
			if (d > distance) [farthest, distance] = [i, d];
		}
		if (distance <= tolerance) continue;
		keep[farthest] = true;
		stack.push([from, farthest], [farthest, to]);
	}
}

/**
 * Douglas–Peucker in degrees, keeping both ends so that an arc shared by two countries is
 * simplified once and both borders stay identical; a closed line is split at its far point first.
 */
export function simplifyLine(line: Position[], tolerance: number): Position[] {
	if (line.length <= 2) return line.slice();
	const last = line.length - 1;
	const keep = line.map((_, i) => i === 0 || i === last);
	const closed = line[0][0] === line[last][0] && line[0][1] === line[last][1];
	if (closed) {
		const away = line.map((p) => Math.hypot(p[0] - line[0][0], p[1] - line[0][1]));
		const far = away.indexOf(Math.max(...away));
		keep[far] = true;
		keepFarPoints(line, tolerance, keep, 0, far);
		keepFarPoints(line, tolerance, keep, far, last);
	} else {
		keepFarPoints(line, tolerance, keep, 0, last);
	}
	return line.filter((_, i) => keep[i]);
}
