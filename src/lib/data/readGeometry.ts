import type { Geometry, Position } from 'geojson';

/** Geometry types a layer may hold. */
export const LAYER_GEOMETRY_TYPES = [
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
] as const;

/** How deep each type nests its positions: a Point is one position, a MultiPolygon three lists deep. */
const DEPTH: Record<(typeof LAYER_GEOMETRY_TYPES)[number], number> = {
	Point: 0,
	MultiPoint: 1,
	LineString: 1,
	MultiLineString: 2,
	Polygon: 2,
	MultiPolygon: 3
};

export type GeometryRead =
	| { ok: true; geometries: Geometry[]; vertices: number }
	| { ok: false; field: string; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a layer's GeoJSON (a geometry, a Feature or a FeatureCollection) in one pass over its
 * positions and stops as soon as it holds more than `budget` of them, so a runaway file costs
 * no more than the limit. Longitudes may reach ±360 so a line can cross the antimeridian.
 */
export function readGeometry(value: unknown, field: string, budget: number): GeometryRead {
	const geometries: Geometry[] = [];
	let vertices = 0;
	const fail = (where: string, message: string): GeometryRead => ({
		ok: false,
		field: where,
		message
	});
	const items: { geometry: unknown; where: string }[] = [];
	if (isRecord(value) && value.type === 'FeatureCollection') {
		if (!Array.isArray(value.features)) return fail(`${field}.features`, 'must be a list');
		value.features.forEach((item, index) =>
			items.push({
				geometry: isRecord(item) ? item.geometry : undefined,
				where: `${field}.features.${index}.geometry`
			})
		);
	} else if (isRecord(value) && value.type === 'Feature') {
		items.push({ geometry: value.geometry, where: `${field}.geometry` });
	} else items.push({ geometry: value, where: field });

	for (const { geometry, where } of items) {
		if (!isRecord(geometry)) return fail(where, 'must be a GeoJSON geometry object');
		const type = geometry.type as (typeof LAYER_GEOMETRY_TYPES)[number];
		if (!Object.hasOwn(DEPTH, type)) {
			const shown = typeof geometry.type === 'string' ? geometry.type.slice(0, 40) : 'no type';
			return fail(
				`${where}.type`,
				`is ${shown}: must be one of ${LAYER_GEOMETRY_TYPES.join(', ')}`
			);
		}
		const stack: { value: unknown; depth: number }[] = [
			{ value: geometry.coordinates, depth: DEPTH[type] }
		];
		while (stack.length) {
			const { value: node, depth } = stack.pop()!;
			if (depth === 0) {
				const problem = positionProblem(node);
				if (problem) return fail(`${where}.coordinates`, problem);
				if (++vertices > budget) {
					return fail(where, `has too many coordinate pairs (limit ${budget} over all layers)`);
				}
				continue;
			}
			if (!Array.isArray(node))
				return fail(`${where}.coordinates`, `must be nested lists for a ${type}`);
			for (const child of node) stack.push({ value: child, depth: depth - 1 });
		}
		geometries.push({ type, coordinates: geometry.coordinates } as Geometry);
	}
	return { ok: true, geometries, vertices };
}

function positionProblem(node: unknown): string | null {
	if (!Array.isArray(node) || node.length < 2) return 'must hold [longitude, latitude] pairs';
	const [lon, lat] = node as Position;
	if (typeof lon !== 'number' || typeof lat !== 'number' || !isFinite(lon) || !isFinite(lat)) {
		return 'must hold numbers as [longitude, latitude]';
	}
	if (lat < -90 || lat > 90) return `has latitude ${lat}: must be between -90 and 90`;
	if (lon < -360 || lon > 360) return `has longitude ${lon}: must be between -360 and 360`;
	return null;
}
