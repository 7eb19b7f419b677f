import type { Box } from '$lib/map/viewFrame';

/** Leaflet's limit: Web Mercator is cut at this latitude so the world is a square. */
const MAX_LATITUDE = 85.0511287798;

/** A point in Web Mercator world units: the whole world spans 0..1 in x and y, y down. */
export function mercatorUnit(lon: number, lat: number): [number, number] {
	const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
	return [(lon + 180) / 360, y];
}

export interface Frame {
	/** Pixels per world unit. */
	scale: number;
	offsetX: number;
	offsetY: number;
}

/**
 * The frame Leaflet's fitBounds gives a box in a width × height view with `padding` px on each
 * side: the largest scale at which the box fits, centred. The static map uses it so the picture
 * before Leaflet arrives shows the same place at the same size.
 */
export function fitBox(box: Box, width: number, height: number, padding = 8): Frame {
	const [x0, y0] = mercatorUnit(box.west, box.north);
	const [x1, y1] = mercatorUnit(box.east, box.south);
	const scale = Math.min(
		(width - 2 * padding) / Math.max(x1 - x0, 1e-9),
		(height - 2 * padding) / Math.max(y1 - y0, 1e-9)
	);
	return {
		scale,
		offsetX: width / 2 - ((x0 + x1) / 2) * scale,
		offsetY: height / 2 - ((y0 + y1) / 2) * scale
	};
}

/** Projects longitude and latitude into the frame's pixels. */
export function project(frame: Frame, lon: number, lat: number): [number, number] {
	const [x, y] = mercatorUnit(lon, lat);
	return [x * frame.scale + frame.offsetX, y * frame.scale + frame.offsetY];
}
