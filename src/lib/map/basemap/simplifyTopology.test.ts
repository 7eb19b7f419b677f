import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeArcs, simplifyTopology } from './simplifyTopology';

const quantised: Topology = {
	type: 'Topology',
	transform: { scale: [0.5, 0.25], translate: [10, 40] },
	arcs: [
		[
			[0, 0],
			[2, 4],
			[2, 0]
		]
	],
	objects: {}
};

describe('decodeArcs', () => {
	it('decodeArcs(quantised topology) undoes the delta encoding and the transform', () => {
		expect(decodeArcs(quantised)).toEqual([
			[
				[10, 40],
				[11, 41],
				[12, 41]
			]
		]);
	});
	it('decodeArcs(plain topology) copies the arcs', () => {
		const plain: Topology = {
			type: 'Topology',
			arcs: [
				[
					[1, 2],
					[3, 4]
				]
			],
			objects: {}
		};
		expect(decodeArcs(plain)).toEqual([
			[
				[1, 2],
				[3, 4]
			]
		]);
	});
});

describe('simplifyTopology', () => {
	it('simplifyTopology(t, tolerance) simplifies each arc once and drops the transform', () => {
		const straight: Topology = {
			type: 'Topology',
			arcs: [
				[
					[0, 0],
					[1, 0.001],
					[2, 0]
				]
			],
			objects: { shapes: { type: 'GeometryCollection', geometries: [] } }
		};
		const before = structuredClone(straight);
		const simplified = simplifyTopology(straight, 0.01);
		expect(simplified.arcs).toEqual([
			[
				[0, 0],
				[2, 0]
			]
		]);
		expect(simplified.transform).toBeUndefined();
		expect(simplified.objects).toBe(straight.objects);
		expect(straight).toEqual(before);
	});
	it('simplifyTopology(quantised, 0) keeps every point in lon/lat', () => {
		expect(simplifyTopology(quantised, 0).arcs).toEqual(decodeArcs(quantised));
	});
});
