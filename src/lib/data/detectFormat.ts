import { firstLine, headerColumns, separatorLine, titleLineEnd } from './importers/readCsv';
import { DELIMITERS, fieldCounts, rankDelimiters } from './importers/rankDelimiters';

export type DataFormat =
	| 'chronomap'
	| 'csv'
	| 'timelinejs-csv'
	| 'timelinejs-json'
	| 'geojson'
	| 'storymap'
	| 'acled'
	| 'kml'
	| 'gpx';

/** How each format is called in reports. */
export const FORMAT_NAMES: Record<DataFormat, string> = {
	chronomap: 'Chronomap JSON',
	csv: 'Chronomap CSV',
	'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
	'timelinejs-json': 'TimelineJS JSON',
	geojson: 'GeoJSON',
	storymap: 'StoryMapJS JSON',
	acled: 'ACLED export (CSV)',
	kml: 'KML',
	gpx: 'GPX'
};

export type Detection =
	| { format: 'chronomap' | 'timelinejs-json' | 'geojson' | 'storymap'; json: unknown }
	| { format: 'csv' | 'timelinejs-csv' | 'acled'; delimiter: string }
	| { format: 'kml' | 'gpx' }
	| { format: null; reason: string };

/**
 * Tells the format from the content alone, since file names and content types are often wrong:
 * JSON by its first character and then its shape, CSV by its header row, read with the delimiter
 * a `sep=` line declares, else with each candidate in order of how well it fits the table.
 */
export function detectFormat(text: string): Detection {
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (start === '') return { format: null, reason: 'is empty' };
	if (start[0] === '{' || start[0] === '[') return detectJson(start);
	if (start[0] === '<') {
		const root = xmlRoot(start);
		if (root === 'kml' || root === 'gpx') return { format: root };
		if (root === DECLARES_ENTITIES) {
			const reason =
				'is XML whose DOCTYPE declares entities of its own, which Chronomap does not read: remove the DOCTYPE and open it again';
			return { format: null, reason };
		}
		return { format: null, reason: 'is a web page or XML document, not a data file' };
	}
	const declared = separatorLine(start);
	const ranked = declared ? [declared.delimiter] : rankDelimiters(start);
	for (const delimiter of ranked) {
		const columns = headerColumns(start, delimiter);
		if (columns.includes('event_id_cnty') && columns.includes('event_date')) {
			return { format: 'acled', delimiter };
		}
		if (columns.includes('headline') && columns.includes('year')) {
			return { format: 'timelinejs-csv', delimiter };
		}
		if (columns.includes('title') && columns.includes('date')) return { format: 'csv', delimiter };
	}
	if (declared) return { format: 'csv', delimiter: declared.delimiter };
	// Else the best that splits the header (below a title line, if any); failing that, one seen
	// only inside a quoted name.
	const header = firstLine(start);
	const delimiter =
		ranked.find(
			(candidate) => fieldCounts(start.slice(titleLineEnd(start, candidate)), candidate)[0] > 1
		) ?? DELIMITERS.find((candidate) => header.includes(candidate));
	if (delimiter) return { format: 'csv', delimiter };
	if (/^"?sep=/i.test(header)) {
		const line = JSON.stringify(header.slice(0, 20));
		return {
			format: null,
			reason: `starts with ${line}, which declares no delimiter (such as sep=;)`
		};
	}
	return {
		format: null,
		reason:
			'is not in a format Chronomap reads (Chronomap JSON or CSV, a TimelineJS spreadsheet or JSON, GeoJSON, KML, GPX or StoryMapJS JSON)'
	};
}

function detectJson(text: string): Detection {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return { format: null, reason: `is not valid JSON (${detail})` };
	}
	if (!json || typeof json !== 'object' || Array.isArray(json)) {
		return {
			format: null,
			reason:
				'is JSON but not a dataset (expected an object with "events", or a GeoJSON FeatureCollection)'
		};
	}
	const value = json as Record<string, unknown>;
	if (value.type === 'FeatureCollection' || value.type === 'Feature')
		return { format: 'geojson', json };
	if ('version' in value) return { format: 'chronomap', json };
	if (value.storymap !== null && typeof value.storymap === 'object')
		return { format: 'storymap', json };
	const events = Array.isArray(value.events) ? value.events : [];
	const first = events.find((event) => event && typeof event === 'object') as
		Record<string, unknown> | undefined;
	const timelineShaped =
		(first !== undefined && 'start_date' in first) ||
		(value.title !== null && typeof value.title === 'object') ||
		(first === undefined && Array.isArray(value.eras));
	if (timelineShaped) return { format: 'timelinejs-json', json };
	if ('events' in value) return { format: 'chronomap', json };
	return {
		format: null,
		reason:
			'is JSON but not a dataset (expected an object with "events", or a GeoJSON FeatureCollection)'
	};
}

/** What `xmlRoot` answers for a document that declares entities of its own (not an XML name). */
export const DECLARES_ENTITIES = '[entities]';

/** A declaration, processing instruction, comment or doctype before an XML document's root. */
const PROLOGUE: [string, string][] = [
	['<?', '?>'],
	['<!--', '-->'],
	['<!', '>']
];

/**
 * The lower-cased local name of an XML document's root element (`kml` for `<kml xmlns=…>` or
 * `<kml:kml>`), passing over what may come before it; null when there is none, DECLARES_ENTITIES
 * when a doctype declares entities (how an "entity bomb" grows a small file without bound). Each
 * part is passed with one search for its end, so hostile text costs one pass.
 */
export function xmlRoot(text: string): string | null {
	let at = 0;
	for (;;) {
		while (at < text.length && /\s/.test(text[at])) at++;
		const part = PROLOGUE.find(([open]) => text.startsWith(open, at));
		if (!part) break;
		const end = text.indexOf(part[1], at + part[0].length);
		if (end < 0) return null;
		// A doctype with entities of its own (`<!DOCTYPE kml [ <!ENTITY … ]>`): not read at all.
		if (part[0] === '<!' && text.slice(at, end).includes('[')) return DECLARES_ENTITIES;
		at = end + part[1].length;
	}
	const name = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(at, at + 200));
	return name ? name[1].toLowerCase() : null;
}
