import type { Problem } from '../model';
import { LAYER_STYLES, type LayerStyle } from '../schema';
import { featureSpan, trackTimes, type EpochUnits } from './featureSpan';
import { record, type Json } from './geoJsonFeature';

const LAYER_GEOMETRIES = new Set([
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
]);
const isStyle = (value: unknown): value is LayerStyle =>
	typeof value === 'string' && (LAYER_STYLES as readonly string[]).includes(value);

/**
 * A feature that is drawn as a layer rather than a marker (any geometry a layer may hold but a
 * Point), with its time if it gives one: `area` for polygons and `route` for lines unless its
 * `style` property names another style. Undefined for Points and unusable geometries; null when
 * its time is bad (reported).
 */
export function featureLayer(
	feature: Json,
	props: Json,
	label: string,
	problems: Problem[],
	units: EpochUnits = {}
) {
	const geometry = record(feature.geometry);
	if (!geometry || typeof geometry.type !== 'string' || !LAYER_GEOMETRIES.has(geometry.type))
		return undefined;
	const kmlSpan = record(props.timespan);
	const times = [
		...[props.time, props.date, props.start, props.times, props.timestamp, kmlSpan?.begin],
		trackTimes(props)?.times[0]
	];
	const timed = times.some((value) => value !== undefined && value !== null && value !== '');
	const span: Partial<NonNullable<ReturnType<typeof featureSpan>>> | null = timed
		? featureSpan(props, label, problems, units)
		: {};
	if (span === null) return null;
	const lines = geometry.type.includes('LineString');
	let style: LayerStyle = lines ? 'route' : 'area';
	// A style object is Leaflet's own path options (Folium writes them), not one of ours: unsaid.
	if (isStyle(props.style)) style = props.style;
	else if (typeof props.style === 'string') {
		const message = `is not one of ${LAYER_STYLES.join(', ')}, so the shape is drawn as ${style}`;
		problems.push({ row: label, field: 'properties.style', message, severity: 'warning' });
	}
	return { timed, style, geometry, ...span };
}
