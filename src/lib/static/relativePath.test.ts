import { describe, expect, it } from 'vitest';
import { RelativePath } from './relativePath';

/** Reads a path written by RelativePath back into absolute points, ring by ring. */
function absolute(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	let [x, y, startX, startY] = [0, 0, 0, 0];
	for (const [, command, numbers] of d.matchAll(/([mz])([^mz]*)/g)) {
		if (command === 'z') {
			[x, y] = [startX, startY];
			continue;
		}
		const values = (numbers.match(/-?\d+/g) ?? []).map(Number);
		const ring: [number, number][] = [];
		for (let i = 0; i < values.length; i += 2) {
			[x, y] = [x + values[i], y + values[i + 1]];
			ring.push([x, y]);
		}
		[startX, startY] = ring[0];
		rings.push(ring);
	}
	return rings;
}

describe('RelativePath', () => {
	it.each([
		{
			name: 'one ring',
			rings: [
				[
					[10, 20],
					[15, 20],
					[15, 12],
					[10, 12]
				]
			]
		},
		{
			name: 'negative coordinates',
			rings: [
				[
					[-5, -7],
					[-9, 3],
					[0, 0]
				]
			]
		},
		{
			name: 'two rings, the second after z',
			rings: [
				[
					[100, 100],
					[110, 100],
					[110, 90]
				],
				[
					[300, 5],
					[301, 4],
					[299, 6]
				]
			]
		}
	])('RelativePath writes points that read back the same: $name', ({ rings }) => {
		const context = new RelativePath();
		for (const ring of rings) {
			ring.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
			context.closePath();
		}
		const d = context.result();
		expect(d).toMatch(/^m[-\d lz m]+z$/);
		expect(absolute(d)).toEqual(rings);
	});

	it('RelativePath starts afresh after result()', () => {
		const context = new RelativePath();
		context.moveTo(50, 50);
		context.result();
		context.moveTo(3, 4);
		expect(context.result()).toBe('m3 4');
	});

	it.each([
		{
			name: 'fractional points (a clip makes them) are written rounded',
			tolerance: 0,
			ring: [
				[0.4, 0.6],
				[10.49, 0.2],
				[10.5, 9.7]
			],
			expected: [
				[
					[0, 1],
					[10, 0],
					[11, 10]
				]
			]
		},
		{
			name: 'points on a line within the tolerance are dropped',
			tolerance: 1,
			ring: [
				[0, 0],
				[5, 0.4],
				[10, -0.4],
				[20, 0],
				[20, 10]
			],
			expected: [
				[
					[0, 0],
					[20, 0],
					[20, 10]
				]
			]
		},
		{
			name: 'a corner further than the tolerance stays',
			tolerance: 1,
			ring: [
				[0, 0],
				[10, 3],
				[20, 0],
				[20, 10]
			],
			expected: [
				[
					[0, 0],
					[10, 3],
					[20, 0],
					[20, 10]
				]
			]
		},
		{
			name: 'a ring that rounds to fewer than three points is left out',
			tolerance: 1,
			ring: [
				[0, 0],
				[0.3, 0.2],
				[0.1, 0.4]
			],
			expected: []
		},
		{
			name: 'no tolerance keeps every distinct pixel',
			tolerance: 0,
			ring: [
				[0, 0],
				[5, 0.4],
				[10, 0],
				[10, 10]
			],
			expected: [
				[
					[0, 0],
					[5, 0],
					[10, 0],
					[10, 10]
				]
			]
		}
	])('RelativePath: $name', ({ tolerance, ring, expected }) => {
		const context = new RelativePath({ tolerance });
		ring.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
		context.closePath();
		expect(absolute(context.result())).toEqual(expected);
	});
});
