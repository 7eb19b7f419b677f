export interface ScreenPoint {
	id: string;
	x: number;
	y: number;
}

export interface Offset {
	dx: number;
	dy: number;
}

/**
 * Nudges markers apart until no two centres are closer than `minDistance` pixels, so places a
 * few pixels apart (Pristina and the Balkans' centre) stay separate buttons instead of one
 * hiding the other; each marker keeps a leader line to its true point. Deterministic.
 */
export function dodgeMarkers(
	points: readonly ScreenPoint[],
	minDistance: number,
	maxRounds = 50
): Map<string, Offset> {
	// Code-unit order: fixed, and free of the collation set-up a locale compare costs.
	const sorted = [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const moved = sorted.map((point) => ({ x: point.x, y: point.y }));
	for (let round = 0; round < maxRounds; round++) {
		let overlaps = false;
		for (let i = 0; i < moved.length; i++) {
			for (let j = i + 1; j < moved.length; j++) {
				let dx = moved[j].x - moved[i].x;
				let dy = moved[j].y - moved[i].y;
				let distance = Math.hypot(dx, dy);
				if (distance >= minDistance - 1e-6) continue;
				overlaps = true;
				if (distance < 1e-6) {
					const angle = ((i + j) * 2.399963) % (2 * Math.PI);
					[dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
				}
				const push = (minDistance - distance) / 2 + 1e-3;
				const [ux, uy] = [dx / distance, dy / distance];
				moved[i].x -= ux * push;
				moved[i].y -= uy * push;
				moved[j].x += ux * push;
				moved[j].y += uy * push;
			}
		}
		if (!overlaps) break;
	}
	return new Map(
		sorted.map((point, i) => [point.id, { dx: moved[i].x - point.x, dy: moved[i].y - point.y }])
	);
}
