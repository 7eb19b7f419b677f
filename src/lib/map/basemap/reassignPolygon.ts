import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type {
	ArcIndexes,
	GeometryCollection,
	GeometryObject,
	Topology
} from 'topojson-specification';

/** How world-atlas names a geometry: its ISO numeric id, or its name where it has none (Kosovo, N. Cyprus). */
export function geometryKey(geometry: GeometryObject): string | undefined {
	const name = (geometry.properties as { name?: string } | undefined)?.name;
	return geometry.id === undefined ? name : String(geometry.id);
}

export type Reassignment = {
	/** geometryKey of the shape that holds the area in the source data */
	from: string;
	/** geometryKey of the shape it belongs to by recognised borders */
	to: string;
	/** a point inside the polygon to move; without it every polygon of `from` moves */
	at?: [number, number];
};

function polygonsOf(geometry: GeometryObject): ArcIndexes[][] {
	if (geometry.type === 'Polygon') return [geometry.arcs];
	if (geometry.type === 'MultiPolygon') return geometry.arcs;
	return [];
}

function withPolygons(geometry: GeometryObject, polygons: ArcIndexes[][]): GeometryObject {
	const { id, properties } = geometry;
	return { type: 'MultiPolygon', arcs: polygons, ...(id === undefined ? {} : { id }), properties };
}

/**
 * Moves a polygon between two geometries of a topology, reusing its arcs, so de facto lines in the
 * source (Crimea inside Russia) become recognised ones; a merge then dissolves the shared border.
 * Returns the new topology and the arcs of what moved; throws when nothing matches.
 */
export function reassignPolygon(
	topology: Topology,
	objectName: string,
	{ from, to, at }: Reassignment
): { topology: Topology; moved: ArcIndexes[][] } {
	const collection = topology.objects[objectName] as GeometryCollection;
	const source = collection.geometries.find((g) => geometryKey(g) === from);
	const target = collection.geometries.find((g) => geometryKey(g) === to);
	if (!source || !target) throw new Error(`reassignPolygon: no geometry ${source ? to : from}`);
	const contains = (arcs: ArcIndexes[]) =>
		!at || geoContains(feature(topology, { type: 'Polygon', arcs }), at);
	const moved = polygonsOf(source).filter(contains);
	if (!moved.length) throw new Error(`reassignPolygon: ${from} has no polygon at ${at}`);
	const kept = polygonsOf(source).filter((arcs) => !moved.includes(arcs));
	const geometries = collection.geometries.flatMap((g) => {
		if (g === source) return kept.length ? [withPolygons(g, kept)] : [];
		if (g === target) return [withPolygons(g, [...polygonsOf(g), ...moved])];
		return [g];
	});
	return {
		topology: {
			...topology,
			objects: { ...topology.objects, [objectName]: { ...collection, geometries } }
		},
		moved
	};
}
