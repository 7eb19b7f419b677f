import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Countries, CountryProperties } from '../loadBasemap';

type Shape = Polygon | MultiPolygon;
const polygonsOf = (shape: Shape): Position[][][] =>
	shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;

/**
 * One shape per country from both layers: the fine layer's where it has the country, completed by
 * the world layer's pieces outside the fine box (`rest`), and the world layer's for every other
 * country; a country split at 180° also gets its pieces copied to the other side, so a view
 * across the antimeridian shows it whole.
 */
export function completeCountries(
	fine: Countries | null,
	world: { countries: Countries; rest: Map<string, Shape> } | null
): Countries | null {
	if (!world) return fine;
	const fineIds = new Set(fine?.features.map((country) => country.properties.id));
	const worldById = new Map(world.countries.features.map((item) => [item.properties.id, item]));
	const completed = (fine?.features ?? []).map((item) => {
		const rest = world.rest.get(item.properties.id);
		if (!rest) return item;
		const whole = worldById.get(item.properties.id)?.properties;
		return {
			...item,
			properties: { ...item.properties, labelLon: whole?.labelLon, labelLat: whole?.labelLat },
			geometry: wrapped({
				type: 'MultiPolygon',
				coordinates: [...polygonsOf(item.geometry), ...polygonsOf(rest)]
			})
		} satisfies Feature<Shape, CountryProperties>;
	});
	const added = world.countries.features
		.filter((item) => !fineIds.has(item.properties.id))
		.map((item) => ({ ...item, geometry: wrapped(item.geometry) }));
	return { type: 'FeatureCollection', features: [...completed, ...added] };
}

/** Adds a copy, 360° over, of each piece of a shape that touches the antimeridian. */
export function wrapped(shape: Shape): Shape {
	const polygons = polygonsOf(shape);
	const touches = (polygon: Position[][]) =>
		polygon[0].some(([lon]) => Math.abs(Math.abs(lon) - 180) < 1e-6);
	if (!polygons.some(touches)) return shape;
	const copies = polygons.filter(touches).map((polygon) => {
		const shift = polygon[0][0][0] < 0 ? 360 : -360;
		return polygon.map((ring) => ring.map(([lon, lat]) => [lon + shift, lat]));
	});
	return { type: 'MultiPolygon', coordinates: [...polygons, ...copies] };
}
