import type { Position } from 'geojson';

function distanceToSegment(p: Position, a: Position, b: Position): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const lengthSquared = dx * dx + dy * dy;
	const t = lengthSquared ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared)) : 0;
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function farthestFrom(line: Position[], first: number, last: number): { index: number; distance: number } {
	let index = first;
	let distance = -1;
	for (let i = first + 1; i < last; i++) {
		const d = distanceToSegment(line[i], line[first], line[last]);
		if (d > distance) [index, distance] = [i, d];
	}
	return { index, distance };
}

function keepFlags(line: Position[], tolerance: number, keep: boolean[], first: number, last: number): void {
	const stack: [number, number][] = [[first, last]];
	while (stack.length) {
		const [from, to] = stack.pop()!;
		const { index, distance } = farthestFrom(line, from, to);
		if (distance <= tolerance) continue;
		keep[index] = true;
		stack.push([from, index], [index, to]);
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
		let far = 0;
		line.forEach((p, i) => {
			if (Math.hypot(p[0] - line[0][0], p[1] - line[0][1]) > Math.hypot(line[far][0] - line[0][0], line[far][1] - line[0][1])) far = i;
		});
		keep[far] = true;
		keepFlags(line, tolerance, keep, 0, far);
		keepFlags(line, tolerance, keep, far, last);
	} else {
		keepFlags(line, tolerance, keep, 0, last);
	}
	return line.filter((_, i) => keep[i]);
}
