import type { Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Layer } from '$lib/data/model';
import type { Basemap } from '$lib/map/loadBasemap';

/**
 * The shapes to draw for a layer: a `ref` is looked up in the basemap (null until it has loaded,
 * or when it holds no such shape); polygons are merged into one MultiPolygon and lines into one
 * MultiLineString, so a layer is one element on the map; points stay separate.
 */
export function layerShapes(layer: Layer, basemap: Basemap | null): Geometry[] | null {
	if (layer.ref) {
		const [group, id] = layer.ref.split(':');
		const areas =
			group === 'occupied' ? basemap?.occupied : group === 'regions' ? basemap?.regions : null;
		const found = areas?.features.find((area) => area.properties.id === id);
		return found ? [found.geometry] : null;
	}
	const polygons: Position[][][] = [];
	const lines: Position[][] = [];
	const points: Geometry[] = [];
	for (const geometry of layer.geometries) {
		if (geometry.type === 'Polygon') polygons.push(geometry.coordinates);
		else if (geometry.type === 'MultiPolygon') polygons.push(...geometry.coordinates);
		else if (geometry.type === 'LineString') lines.push(geometry.coordinates);
		else if (geometry.type === 'MultiLineString') lines.push(...geometry.coordinates);
		else points.push(geometry);
	}
	const merged: Geometry[] = [];
	if (polygons.length)
		merged.push({ type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon);
	if (lines.length)
		merged.push({ type: 'MultiLineString', coordinates: lines } satisfies MultiLineString);
	return [...merged, ...points];
}

/** Whether the layer is shown at an instant: from its date's start until its end's end. */
export function isLayerActive(layer: Pick<Layer, 'start' | 'stop'>, time: number): boolean {
	return layer.start <= time && time < layer.stop;
}
