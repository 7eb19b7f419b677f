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

/** Pieces reaching this close to 180° get a copy on the other side: a view up to twice as wide, centred on 180°, is whole. */
const WRAP_REACH = 60;

/**
 * A ring that crosses 180° (178° then -180°) made continuous (178° then 180°), so Leaflet draws
 * Chukotka next to the rest of Russia rather than a band across the world; a ring around a pole
 * (Antarctica) cannot be, and stays as it is.
 */
export function continuousRing(ring: Position[]): Position[] {
	let turn = 0;
	let previous = ring[0]?.[0] ?? 0;
	const out = ring.map(([lon, lat]) => {
		if (lon - previous > 180) turn -= 360;
		else if (previous - lon > 180) turn += 360;
		previous = lon;
		return [lon + turn, lat];
	});
	return turn === 0 ? out : ring;
}

/**
 * Adds a copy, 360° over, of each piece of a shape that touches or nears the antimeridian
 * (Chukotka, Fiji, Alaska, New Zealand), so a view across 180° shows the land whole.
 */
export function wrapped(shape: Shape): Shape {
	const polygons = polygonsOf(shape).map((polygon) => polygon.map(continuousRing));
	const nears = (polygon: Position[][]) =>
		polygon[0].some(([lon]) => Math.abs(lon) >= 180 - WRAP_REACH - 1e-6);
	if (!polygons.some(nears)) return shape;
	const shifted = (polygon: Position[][], shift: number) =>
		polygon.map((ring) => ring.map(([lon, lat]) => [lon + shift, lat]));
	const copies = polygons.filter(nears).flatMap((polygon) => {
		const lons = polygon[0].map(([lon]) => lon);
		// A ring around the pole (Antarctica) spans every longitude: it needs a copy each side.
		if (Math.max(...lons) - Math.min(...lons) >= 359) {
			return [shifted(polygon, -360), shifted(polygon, 360)];
		}
		const mean = lons.reduce((sum, lon) => sum + lon, 0) / lons.length;
		return [shifted(polygon, mean < 0 ? 360 : -360)];
	});
	return { type: 'MultiPolygon', coordinates: [...polygons, ...copies] };
}
