import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';

/** The basemap feature that holds a lon/lat point, so a place can be named by the country it lies in. */
export function countryAt<F extends Feature>(
	collection: { features: readonly F[] },
	point: [lon: number, lat: number]
): F | undefined {
	return collection.features.find((feature) => geoContains(feature, point));
}
