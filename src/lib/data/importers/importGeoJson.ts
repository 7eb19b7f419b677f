import type { ParseResult, Problem } from '../model';
import { finishImport, type Labelled, type RowInput } from './finishImport';
import { featureLayer } from './featureLayer';
import { epochUnits, featureSpan } from './featureSpan';
import { featureId, featurePlace, pick, record, text, type Json } from './geoJsonFeature';
import { readSourceUrl } from './readSourceUrl';
import { uniqueSlug } from './slugify';
import { splitTags } from './categoriesFromLabels';

/**
 * Chronomap field names as a feature holds them, for the problems the shared schema finds; a
 * feature that gives a field under another name (`name`, `description`) has it named so after.
 */
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
const TITLE = ['title', 'name', 'headline'];
// GPX converted to GeoJSON (togeojson) keeps a waypoint's description as `desc`, a comment as `cmt`.
const NOTE = ['note', 'description', 'desc', 'cmt'];
const SOURCE = ['source_url', 'url'];

/**
 * Reads a GeoJSON FeatureCollection with time properties, as map-animation data has them. Points
 * are events at places (identical coordinates share one place); polygons and lines become layers,
 * and also events without a marker when they have a title and a time. Features are named by
 * position ("feature #3"). The title is the collection's own (`title`, USGS `metadata.title`,
 * `name`), else `options.title`.
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
	const units = epochUnits(features, problems);
	/** What each feature's fields were read from, to name the schema's problems as it has them. */
	const read = new Map<string, { props: Json; fields?: { date: string; end: string } }>();
	features.forEach((raw, index) => {
		const label = `feature #${index + 1}`;
		const feature = record(raw);
		if (!feature) {
			problems.push({ row: label, field: '', message: 'is not an object', severity: 'error' });
			return;
		}
		const props = record(feature.properties) ?? {};
		const title = text(pick(props, TITLE).value);
		const titleText = typeof title === 'string' ? title : '';
		const shape = featureLayer(feature, props, label, problems, units);
		if (shape === null) return;
		if (shape) {
			read.set(label, { props, fields: shape.fields });
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
		const span = featureSpan(props, label, problems, units);
		if (place === null || span === null) return;
		const { fields, ...dates } = span;
		read.set(label, { props, fields });
		let placeId: string | undefined;
		if (place) {
			const key = `${place.lat},${place.lon}`;
			const known = places.get(key);
			placeId = known
				? String(known.row.id)
				: uniqueSlug(place.name, `place-${places.size + 1}`, placeIds);
			if (!known) places.set(key, { label, position: index + 1, row: { id: placeId, ...place } });
		}
		events.push({
			label,
			position: index + 1,
			row: {
				id: featureId(feature) ?? uniqueSlug(titleText, `feature-${index + 1}`, eventIds),
				title,
				...dates,
				places: placeId ? [placeId] : [],
				...eventFields(props, label, problems)
			}
		});
	});
	const name = [file.title, record(file.metadata)?.title, file.name].map(text).find(isText);
	const result = finishImport({
		title: name ?? options.title ?? '',
		places: [...places.values()],
		events,
		eras: [],
		layers,
		problems,
		fields: FIELDS
	});
	const renamed = result.problems.map((problem) => {
		const feature = read.get(problem.row);
		const field = feature && fileName(problem.field, feature.props, feature.fields);
		return field ? { ...problem, field } : problem;
	});
	return { ...result, problems: renamed };
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The property a feature gave a field under, when it may have more than one name. */
function fileName(field: string, props: Json, span?: { date: string; end: string }) {
	if (field === FIELDS.title) return `properties.${pick(props, TITLE).name}`;
	if (field === FIELDS.note) return `properties.${pick(props, NOTE).name}`;
	if (field === FIELDS.date && span) return `properties.${span.date}`;
	if (field === FIELDS.end && span) return `properties.${span.end}`;
	return undefined;
}

/** The fields an event takes from its feature's properties, whatever its geometry. */
function eventFields(props: Json, label: string, problems: Problem[]) {
	const source = pick(props, SOURCE);
	return {
		actor: text(props.actor),
		category: text(props.category),
		tags: splitTags(props.tags),
		kind: text(props.kind),
		quote: text(props.quote),
		note: text(pick(props, NOTE).value),
		source: readSourceUrl(source.value, label, `properties.${source.name}`, problems)
	};
}
