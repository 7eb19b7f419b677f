import { describe, expect, it } from 'vitest';
import { dodgeMarkers, type ScreenPoint } from './dodgeMarkers';

const closest = (points: ScreenPoint[], offsets: ReturnType<typeof dodgeMarkers>) => {
	const moved = points.map((p) => ({
		x: p.x + offsets.get(p.id)!.dx,
		y: p.y + offsets.get(p.id)!.dy
	}));
	let min = Infinity;
	for (let i = 0; i < moved.length; i++)
		for (let j = i + 1; j < moved.length; j++)
			min = Math.min(min, Math.hypot(moved[i].x - moved[j].x, moved[i].y - moved[j].y));
	return min;
};
const largest = (offsets: ReturnType<typeof dodgeMarkers>) =>
	Math.max(0, ...[...offsets.values()].map(({ dx, dy }) => Math.hypot(dx, dy)));

describe('dodgeMarkers', () => {
	const cases = [
		{
			why: 'far apart: nothing moves',
			points: [
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 40, y: 0 }
			],
			maxShift: 0
		},
		{
			why: 'two close: each moves half the gap',
			points: [
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 10, y: 0 }
			],
			maxShift: 4.01
		},
		{
			why: 'same point: pushed apart anyway',
			points: [
				{ id: 'a', x: 5, y: 5 },
				{ id: 'b', x: 5, y: 5 }
			],
			maxShift: 9.01
		},
		{
			why: 'a tight row of four',
			points: [
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 6, y: 0 },
				{ id: 'c', x: 12, y: 0 },
				{ id: 'd', x: 18, y: 0 }
			],
			maxShift: 36
		}
	];
	it.each(cases)(
		'dodgeMarkers(points, 18) leaves 18 px between centres: $why',
		({ points, maxShift }) => {
			const offsets = dodgeMarkers(points, 18);
			expect(closest(points, offsets)).toBeGreaterThanOrEqual(17.99);
			expect(largest(offsets)).toBeLessThanOrEqual(maxShift);
		}
	);

	it('dodgeMarkers gives the same answer whatever the input order', () => {
		const points = [
			{ id: 'a', x: 0, y: 0 },
			{ id: 'b', x: 3, y: 4 },
			{ id: 'c', x: 6, y: 1 }
		];
		expect(dodgeMarkers([...points].reverse(), 18)).toEqual(dodgeMarkers(points, 18));
	});

	it('dodgeMarkers does not mutate its input', () => {
		const points = [
			{ id: 'a', x: 0, y: 0 },
			{ id: 'b', x: 1, y: 1 }
		];
		const copy = structuredClone(points);
		dodgeMarkers(points, 18);
		expect(points).toEqual(copy);
	});
});

describe('dodgeMarkers on many markers', () => {
	/** A seeded scatter, so the case is the same on every run. */
	const scatter = (count: number, width: number) => {
		let state = 7;
		const next = () => ((state = (state * 16807) % 2147483647) / 2147483647) * width;
		return Array.from({ length: count }, (_, i) => ({ id: `p${i}`, x: next(), y: next() }));
	};

	it.each([1_000, 4_000, 10_000])(
		'dodgeMarkers(%i points spread out, 18) compares about the number of markers per round, not its square',
		(count) => {
			const points = scatter(count, Math.sqrt(count) * 40);
			const work = { pairs: 0 };
			dodgeMarkers(points, 18, 10, work);
			// All pairs would be count² / 2 per round (50 million at 10,000).
			expect(work.pairs).toBeLessThan(count * 10 * 5);
		},
		30_000
	);

	it('dodgeMarkers looks again only at markers that moved: a tight row among 1,000 costs one round, not one per round', () => {
		// 1,000 markers 20 px apart: each is compared with its neighbours, and none needs to move.
		const spread = Array.from({ length: 1_000 }, (_, i) => ({
			id: `p${i}`,
			x: (i % 32) * 20,
			y: Math.floor(i / 32) * 20
		}));
		const row = [0, 6, 12, 18].map((x, i) => ({ id: `row${i}`, x: -500 + x, y: -500 }));
		const points = [...spread, ...row];
		const oneRound = { pairs: 0 };
		dodgeMarkers(points, 18, 1, oneRound);
		const all = { pairs: 0 };
		const offsets = dodgeMarkers(points, 18, 50, all);
		expect(closest(row, offsets)).toBeGreaterThanOrEqual(17.99);
		expect(largest(new Map(row.map(({ id }) => [id, offsets.get(id)!])))).toBeGreaterThan(5);
		expect(all.pairs).toBeLessThan(oneRound.pairs * 1.1);
	});

	it('dodgeMarkers separates a dense crowd of 300 (within 0.1 px)', () => {
		const points = scatter(300, 300);
		const offsets = dodgeMarkers(points, 18, 200);
		expect(closest(points, offsets)).toBeGreaterThanOrEqual(17.9);
	}, 30_000);
});
