import { geoClipRectangle, geoPath, geoTransform, type GeoStream } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Place } from '$lib/data/schema';
import type { Box } from '$lib/map/viewFrame';
import { geometryBox } from '$lib/map/viewFrame';
import { fitBox, project } from './webMercator';
import { RelativePath } from './relativePath';

export interface StaticMapOptions {
	home: Box;
	countries: Feature<Polygon | MultiPolygon, { id: string; name: string }>[];
	areas: Feature<Polygon | MultiPolygon, { id: string; name: string }>[];
	places: readonly Pick<Place, 'id' | 'name' | 'lat' | 'lon'>[];
	width: number;
	height: number;
}

export interface StaticShape {
	id: string;
	name: string;
	d: string;
}

export interface StaticMap {
	width: number;
	height: number;
	countries: StaticShape[];
	areas: StaticShape[];
	markers: { id: string; name: string; x: number; y: number }[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The map's initial view as SVG shapes in Leaflet's projection: the view box frames `home` as
 * Leaflet's fitBounds would, and land up to half a view beyond each side is kept so a wider or
 * taller frame than the view box still shows land around it (the SVG overflows its view box).
 */
export function staticMap(options: StaticMapOptions): StaticMap {
	const { home, width, height } = options;
	const frame = fitBox(home, width, height);
	const toPixels = geoTransform({
		point(lon, lat) {
			this.stream.point(...project(frame, lon, lat));
		}
	});
	const [left, top, right, bottom] = [-width / 2, -height / 2, width * 1.5, height * 1.5];
	const clip = geoClipRectangle(left, top, right, bottom);
	// Simplified within a pixel, as Leaflet simplifies the live map's land, and written in whole pixels.
	const context = new RelativePath({ tolerance: 1 });
	const draw = geoPath({ stream: (output: GeoStream) => toPixels.stream(clip(output)) }, context);
	const path = (item: Parameters<typeof draw>[0]) => {
		draw(item);
		return context.result();
	};
	const near = (geometry: Polygon | MultiPolygon) => {
		const box = geometryBox(geometry);
		const [x0, y0] = project(frame, box.west, box.north);
		const [x1, y1] = project(frame, box.east, box.south);
		return x1 >= left && x0 <= right && y1 >= top && y0 <= bottom;
	};
	const shapes = (features: StaticMapOptions['countries']) =>
		features
			.filter((item) => near(item.geometry))
			.map((item) => ({
				id: item.properties.id,
				name: item.properties.name,
				d: path(item) ?? ''
			}))
			.filter((shape) => shape.d !== '');
	return {
		width,
		height,
		countries: shapes(options.countries),
		areas: shapes(options.areas),
		markers: options.places.map((place) => {
			const [x, y] = project(frame, place.lon, place.lat);
			return { id: place.id, name: place.name, x: round(x), y: round(y) };
		})
	};
}
