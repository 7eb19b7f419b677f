export interface ScreenPoint {
	id: string;
	x: number;
	y: number;
}

export interface Offset {
	dx: number;
	dy: number;
}

/** Counts the pairs of markers compared, so a test can tell a linear layout from a quadratic one. */
export interface DodgeWork {
	pairs: number;
}

/** Points by grid cell of side `cell`: only the 3 × 3 cells around a point can be too close. */
function gridOf(moved: readonly { x: number; y: number }[], cell: number) {
	const grid = new Map<number, number[]>();
	const keys = new Float64Array(moved.length * 2);
	moved.forEach(({ x, y }, index) => {
		const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
		keys[index * 2] = cx;
		keys[index * 2 + 1] = cy;
		const key = cx * 4_194_304 + cy;
		const list = grid.get(key);
		if (list) list.push(index);
		else grid.set(key, [index]);
	});
	return { grid, keys };
}

/**
 * Nudges markers apart until no two centres are closer than `minDistance` pixels, so places a
 * few pixels apart (Pristina and the Balkans' centre) stay separate buttons instead of one
 * hiding the other; each marker keeps a leader line to its true point. Deterministic. A grid of
 * `minDistance` cells finds the near pairs, so a round costs about the number of markers, not
 * its square.
 */
export function dodgeMarkers(
	points: readonly ScreenPoint[],
	minDistance: number,
	maxRounds = 50,
	work: DodgeWork = { pairs: 0 }
): Map<string, Offset> {
	// Code-unit order: fixed, and free of the collation set-up a locale compare costs.
	const sorted = [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const moved = sorted.map((point) => ({ x: point.x, y: point.y }));
	for (let round = 0; round < maxRounds && minDistance > 0; round++) {
		let overlaps = false;
		const { grid, keys } = gridOf(moved, minDistance);
		for (let i = 0; i < moved.length; i++) {
			const [cx, cy] = [keys[i * 2], keys[i * 2 + 1]];
			for (let gx = cx - 1; gx <= cx + 1; gx++) {
				for (let gy = cy - 1; gy <= cy + 1; gy++) {
					for (const j of grid.get(gx * 4_194_304 + gy) ?? []) {
						if (j <= i) continue;
						work.pairs += 1;
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
			}
		}
		if (!overlaps) break;
	}
	return new Map(
		sorted.map((point, i) => [point.id, { dx: moved[i].x - point.x, dy: moved[i].y - point.y }])
	);
}
