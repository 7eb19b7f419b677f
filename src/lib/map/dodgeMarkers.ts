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

/** A bucket for a grid cell, in a table of `mask + 1` buckets. */
const bucketOf = (cx: number, cy: number, mask: number) =>
	(Math.imul(cx, 73_856_093) ^ Math.imul(cy, 19_349_663)) & mask;

/**
 * Points by grid cell of side `cell`: only the 3 × 3 cells around a point can hold one too
 * close. Each point's cell goes into `cells` (x, y pairs), and the points of each bucket of
 * cells are chained from `first` through `next` in index order. Typed arrays and a hash of
 * small integers, not a map of arrays: the lookups run before the engine optimises them.
 */
function gridOf(
	xs: Float64Array,
	ys: Float64Array,
	cell: number,
	{ cells, first, next }: { cells: Int32Array; first: Int32Array; next: Int32Array }
) {
	first.fill(-1);
	for (let index = xs.length - 1; index >= 0; index--) {
		const cx = Math.floor(xs[index] / cell);
		const cy = Math.floor(ys[index] / cell);
		cells[index * 2] = cx;
		cells[index * 2 + 1] = cy;
		const bucket = bucketOf(cx, cy, first.length - 1);
		next[index] = first[bucket];
		first[bucket] = index;
	}
}

/**
 * Nudges markers apart until no two centres are closer than `minDistance` pixels, so places a
 * few pixels apart (Pristina and the Balkans' centre) stay separate buttons instead of one
 * hiding the other; each marker keeps a leader line to its true point. Deterministic. A grid of
 * `minDistance` cells finds the near pairs, so a round costs about the number of markers, not
 * its square. After the first round only markers that moved in the last are looked at: two
 * that stood still were already far enough apart. It runs on every zoom step, mostly before the
 * engine has optimised it, so its loops read typed arrays and make no arrays per point.
 */
export function dodgeMarkers(
	points: readonly ScreenPoint[],
	minDistance: number,
	maxRounds = 50,
	work: DodgeWork = { pairs: 0 }
): Map<string, Offset> {
	// Code-unit order: fixed, and free of the collation set-up a locale compare costs.
	const sorted = [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const xs = Float64Array.from(sorted, (point) => point.x);
	const ys = Float64Array.from(sorted, (point) => point.y);
	const buckets = 2 ** Math.ceil(Math.log2(Math.max(2, sorted.length * 2)));
	const grid = {
		cells: new Int32Array(sorted.length * 2),
		first: new Int32Array(buckets),
		next: new Int32Array(sorted.length)
	};
	const { cells, first, next } = grid;
	// In the first round every marker is looked at, as if each had moved.
	let moving = new Uint8Array(sorted.length).fill(1);
	for (let round = 0; round < maxRounds && minDistance > 0; round++) {
		let overlaps = false;
		gridOf(xs, ys, minDistance, grid);
		const moved = new Uint8Array(sorted.length);
		for (let i = 0; i < sorted.length; i++) {
			if (!moving[i]) continue;
			const cx = cells[i * 2];
			const cy = cells[i * 2 + 1];
			for (let gx = cx - 1; gx <= cx + 1; gx++) {
				for (let gy = cy - 1; gy <= cy + 1; gy++) {
					for (let j = first[bucketOf(gx, gy, buckets - 1)]; j !== -1; j = next[j]) {
						if (cells[j * 2] !== gx || cells[j * 2 + 1] !== gy) continue;
						// A pair of two that move is compared once, from the first of them.
						if (j === i || (moving[j] && j < i)) continue;
						work.pairs += 1;
						let dx = xs[j] - xs[i];
						let dy = ys[j] - ys[i];
						let distance = Math.hypot(dx, dy);
						if (distance >= minDistance - 1e-6) continue;
						overlaps = true;
						moved[i] = 1;
						moved[j] = 1;
						if (distance < 1e-6) {
							const angle = ((i + j) * 2.399963) % (2 * Math.PI);
							dx = Math.cos(angle);
							dy = Math.sin(angle);
							distance = 1;
						}
						const push = (minDistance - distance) / 2 + 1e-3;
						const ux = dx / distance;
						const uy = dy / distance;
						xs[i] -= ux * push;
						ys[i] -= uy * push;
						xs[j] += ux * push;
						ys[j] += uy * push;
					}
				}
			}
		}
		if (!overlaps) break;
		moving = moved;
	}
	return new Map(
		sorted.map((point, i) => [point.id, { dx: xs[i] - point.x, dy: ys[i] - point.y }])
	);
}
