import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Areas, Basemap, Countries } from '../loadBasemap';

/** The objects of the shipped topology, one per map layer. */
export const basemapLayers = ['countries', 'occupied', 'regions'] as const;
export type BasemapLayer = (typeof basemapLayers)[number];

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isPosition = (position: Position) =>
	Array.isArray(position) && position.length >= 2 && position.every(Number.isFinite);

function isPolygonal(item: Feature<Geometry | null>): boolean {
	const geometry = item.geometry;
	if (geometry?.type === 'Polygon')
		return geometry.coordinates.every((ring) => ring.every(isPosition));
	if (geometry?.type !== 'MultiPolygon') return false;
	return geometry.coordinates.every((rings) => rings.every((ring) => ring.every(isPosition)));
}

function decodeLayer(topology: Topology, name: BasemapLayer): FeatureCollection | null {
	const object: unknown = Object.hasOwn(topology.objects, name) ? topology.objects[name] : null;
	if (!isRecord(object) || object.type !== 'GeometryCollection') return null;
	if (!Array.isArray(object.geometries)) return null;
	try {
		const collection = feature(topology, topology.objects[name]) as FeatureCollection;
		return collection.features.every(isPolygonal) ? collection : null;
	} catch {
		return null;
	}
}

/**
 * Unpacks the shipped TopoJSON into one FeatureCollection per layer. A missing or broken object
 * comes back null, never an exception, so the map leaves that layer out and still draws the rest.
 */
export function decodeBasemap(json: unknown): Basemap {
	const topology =
		isRecord(json) && json.type === 'Topology' && isRecord(json.objects) && Array.isArray(json.arcs)
			? (json as unknown as Topology)
			: null;
	return {
		countries: topology && (decodeLayer(topology, 'countries') as Countries | null),
		occupied: topology && (decodeLayer(topology, 'occupied') as Areas | null),
		regions: topology && (decodeLayer(topology, 'regions') as Areas | null)
	};
}
