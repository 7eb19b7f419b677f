import type { ParseResult, Problem } from '../model';
import { finishImport, type Labelled, type RowInput } from './finishImport';
import {
	featureId,
	featureLayer,
	featurePlace,
	featureSpan,
	pick,
	record,
	text
} from './geoJsonFeature';
import { readSourceUrl } from './readSourceUrl';
import { uniqueSlug } from './slugify';
import { splitTags } from './categoriesFromLabels';

/** Chronomap field names as a feature holds them, for the problems the shared schema finds. */
const FIELDS: Record<string, string> = {
	title: 'properties.title',
	places: 'geometry',
	actor: 'properties.actor',
	kind: 'properties.kind',
	quote: 'properties.quote',
	note: 'properties.note',
	date: 'properties.date',
	end: 'properties.end',
	category: 'properties.category',
	tags: 'properties.tags'
};

/**
 * Reads a GeoJSON FeatureCollection with time properties, as map-animation data has them. Points
 * are events at places (identical coordinates share one place); polygons and lines become layers,
 * and also events without a marker when they have a title and a time. Features are named by
 * position ("feature #3").
 */
export function importGeoJson(json: unknown, options: { title?: string } = {}): ParseResult {
	const file = record(json) ?? {};
	const problems: Problem[] = [];
	const single = file.type === 'Feature';
	const features = single ? [file] : Array.isArray(file.features) ? file.features : [];
	if (!single && !Array.isArray(file.features)) {
		const message = 'must be a list of features';
		problems.push({ row: 'file', field: 'features', message, severity: 'error' });
	}
	const places = new Map<string, Labelled<RowInput>>();
	const placeIds = new Set<string>();
	const eventIds = new Set(
		features.map((raw) => featureId(record(raw))).filter((id) => id !== undefined)
	);
	const events: Labelled<RowInput>[] = [];
	const layers: Labelled<RowInput>[] = [];
	const layerIds = new Set(eventIds);
	features.forEach((raw, index) => {
		const label = `feature #${index + 1}`;
		const feature = record(raw);
		if (!feature) {
			problems.push({ row: label, field: '', message: 'is not an object', severity: 'error' });
			return;
		}
		const props = record(feature.properties) ?? {};
		const shape = featureLayer(feature, props, label, problems);
		if (shape === null) return;
		if (shape) {
			const title = text(pick(props, ['title', 'name', 'headline']).value);
			const titleText = typeof title === 'string' ? title : '';
			const id = featureId(feature) ?? uniqueSlug(titleText, `layer-${index + 1}`, layerIds);
			eventIds.add(id);
			const { style, geometry, date, end } = shape;
			const row = { id, title: titleText || label, style, date, end, geometry };
			layers.push({ label, position: index + 1, row });
			if (!titleText || !shape.timed) return;
			events.push({
				label,
				position: index + 1,
				row: { ...eventFields(props, label, problems), id, title, date, end, layer: id }
			});
			return;
		}
		const place = featurePlace(feature, props, label, problems);
		const span = featureSpan(props, label, problems);
		if (place === null || span === null) return;
		let placeId: string | undefined;
		if (place) {
			const key = `${place.lat},${place.lon}`;
			const known = places.get(key);
			placeId = known
				? String(known.row.id)
				: uniqueSlug(place.name, `place-${places.size + 1}`, placeIds);
			if (!known) places.set(key, { label, position: index + 1, row: { id: placeId, ...place } });
		}
		const title = text(pick(props, ['title', 'name', 'headline']).value);
		const titleText = typeof title === 'string' ? title : '';
		events.push({
			label,
			position: index + 1,
			row: {
				id: featureId(feature) ?? uniqueSlug(titleText, `feature-${index + 1}`, eventIds),
				title,
				...span,
				places: placeId ? [placeId] : [],
				...eventFields(props, label, problems)
			}
		});
	});
	const name = text(file.title ?? file.name);
	return finishImport({
		title: typeof name === 'string' ? name : (options.title ?? ''),
		places: [...places.values()],
		events,
		eras: [],
		layers,
		problems,
		fields: FIELDS
	});
}

/** The fields an event takes from its feature's properties, whatever its geometry. */
function eventFields(props: Record<string, unknown>, label: string, problems: Problem[]) {
	const source = pick(props, ['source_url', 'url']).value;
	return {
		actor: text(props.actor),
		category: text(props.category),
		tags: splitTags(props.tags),
		kind: text(props.kind),
		quote: text(props.quote),
		note: text(pick(props, ['note', 'description']).value),
		source: readSourceUrl(source, label, 'properties.source_url', problems)
	};
}
