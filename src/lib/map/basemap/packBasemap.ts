import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { basemapBounds } from './basemapBounds';
import { basemapLayers, type BasemapLayer } from './decodeBasemap';

type Shapes = FeatureCollection<Polygon | MultiPolygon>;
export type BasemapLayers = Partial<Record<BasemapLayer, Shapes | null>>;

/** Degrees between grid lines: the precision the shapes are already rounded to. */
export const basemapStep = 0.01;

function snapRing(ring: Position[], step: number): Position[] {
	const snapped: Position[] = [];
	for (const [lon, lat] of ring) {
		const x = Math.round((lon - basemapBounds.west) / step);
		const y = Math.round((lat - basemapBounds.south) / step);
		const last = snapped.at(-1);
		if (!last || last[0] !== x || last[1] !== y) snapped.push([x, y]);
	}
	while (snapped.length > 0 && snapped.length < 4) snapped.push(snapped[0]);
	return snapped;
}

function snapFeature<F extends Feature<Polygon | MultiPolygon>>(item: F, step: number): F {
	const { geometry } = item;
	const snapPolygon = (rings: Position[][]) => rings.map((ring) => snapRing(ring, step));
	return {
		...item,
		geometry:
			geometry.type === 'Polygon'
				? { type: 'Polygon', coordinates: snapPolygon(geometry.coordinates) }
				: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(snapPolygon) }
	};
}

const deltaEncode = (arc: Position[]) =>
	arc.map(([x, y], i) => (i === 0 ? [x, y] : [x - arc[i - 1][0], y - arc[i - 1][1]]));

/**
 * Packs the basemap layers into one TopoJSON topology so that each shared border is stored once
 * and every point is a small delta-encoded integer. Points are snapped to a grid of `step` degrees
 * anchored at the basemap's south-west corner before the borders are matched, so shapes already
 * rounded to that grid lose nothing and packing what was unpacked gives the same file.
 */
export function packBasemap(layers: BasemapLayers, step = basemapStep): Topology {
	const objects: Record<string, Shapes> = {};
	for (const name of basemapLayers) {
		const layer = layers[name];
		if (!layer) continue;
		objects[name] = {
			type: 'FeatureCollection',
			features: layer.features.map((item) => snapFeature(item, step))
		};
	}
	const packed = topology(objects);
	return {
		type: 'Topology',
		transform: { scale: [step, step], translate: [basemapBounds.west, basemapBounds.south] },
		objects: packed.objects,
		arcs: packed.arcs.map(deltaEncode)
	};
}
