import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { simplifyLine } from './simplifyLine';

/** Absolute lon/lat of every arc, undoing TopoJSON's quantisation and delta encoding. */
export function decodeArcs(topology: Topology): Position[][] {
	const transform = topology.transform;
	if (!transform) return topology.arcs.map((arc) => arc.map((p) => [p[0], p[1]]));
	const { scale, translate } = transform;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
		});
	});
}

/** Simplifies arcs rather than shapes, so neighbours keep one shared border instead of two that drift apart. */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
	const arcs = decodeArcs(topology).map((arc) => simplifyLine(arc, tolerance));
	const simplified: Topology = { ...topology, arcs };
	delete simplified.transform;
	return simplified;
}
