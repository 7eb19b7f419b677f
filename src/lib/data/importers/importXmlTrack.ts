import { gpx, kml } from '@tmcw/togeojson';
import type { ParseResult } from '../model';
import { importGeoJson } from './importGeoJson';

/** Longer than any name anyone gives a document: a longer one is cut. */
const MAX_NAME = 200;

/**
 * Reads KML (Google Earth, Google My Maps) or GPX (GPS tracks and waypoints) as the GeoJSON that
 * `@tmcw/togeojson` makes of it, through the GeoJSON importer: a placemark or waypoint with a
 * point is an event at a place, with its `name`, its `description` as text, and its time
 * (`TimeStamp`, `TimeSpan`, GPX `time`); lines and polygons are layers, a track's times its
 * span. It needs the browser's own XML parser (`DOMParser`), which refuses entity expansion that
 * grows without bound and never loads anything the file points to; a worker has none, so XML is
 * always read on the page (importInBackground.ts).
 */
export function importXmlTrack(
	text: string,
	format: 'kml' | 'gpx',
	options: { title?: string } = {}
): ParseResult {
	if (typeof DOMParser === 'undefined') {
		return fail(
			`could not be read here: ${format.toUpperCase()} is read with the browser's XML parser`
		);
	}
	const document = new DOMParser().parseFromString(text, 'application/xml');
	const error = document.getElementsByTagName('parsererror')[0];
	if (error) {
		const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
		return fail(`is not well-formed XML${detail ? ` (${detail})` : ''}`);
	}
	const collection = format === 'kml' ? kml(document) : gpx(document);
	const title = documentName(document, format) ?? options.title;
	return importGeoJson(collection, { title });
}

/** The name the file gives itself: KML's Document or Folder `name`, GPX's `metadata` `name`. */
function documentName(document: Document, format: 'kml' | 'gpx'): string | undefined {
	const holder =
		format === 'kml'
			? (document.getElementsByTagName('Document')[0] ?? document.getElementsByTagName('Folder')[0])
			: document.getElementsByTagName('metadata')[0];
	if (!holder) return undefined;
	for (const child of holder.children) {
		if (child.localName !== 'name') continue;
		const name = (child.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
		return name || undefined;
	}
	return undefined;
}

function fail(message: string): ParseResult {
	return { dataset: null, problems: [{ row: 'file', field: '', message, severity: 'error' }] };
}
