import { gpxGen, kmlGen } from '@tmcw/togeojson';
import type { ParseResult } from '../model';
import { importGeoJson } from './importGeoJson';
import { fileProblem } from '../fileProblem';

/**
 * KML (Google Earth, Google My Maps) and GPX (GPS tracks and waypoints), read as the GeoJSON that
 * `@tmcw/togeojson` makes of them, through the GeoJSON importer: a placemark or waypoint with a
 * point is an event at a place, with its `name`, its `description` as text, and its time
 * (`TimeStamp`, `TimeSpan`, GPX `time`); lines and polygons are layers, a track's times its
 * span. It needs the browser's own XML parser (`DOMParser`), which never loads anything a file
 * points to; a worker has none, so XML is always read on the page (importInBackground.ts), and
 * the page is handed back between slices of the conversion so that a large file does not freeze it.
 */

/** A file's features and the name it gives itself, or why it could not be read. */
export type XmlFeatures = { collection: Collection; name?: string } | { problem: string };

/** What togeojson gives: features whose geometry may be null (a placemark without one). */
type Collection = { type: 'FeatureCollection'; features: unknown[] };

/** Longer than any name anyone gives a document: a longer one is cut. */
const MAX_NAME = 200;
/** How long one slice of the conversion may keep the page before it is handed back. */
const SLICE_MS = 40;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Parses `text` and converts its placemarks, waypoints, routes and tracks, a slice at a time. */
export async function readXmlFeatures(
	text: string,
	format: 'kml' | 'gpx',
	pause: () => Promise<void> = nextTask
): Promise<XmlFeatures> {
	if (typeof DOMParser === 'undefined') {
		return {
			problem: `could not be read here: ${format.toUpperCase()} is read with the browser's XML parser`
		};
	}
	const document = new DOMParser().parseFromString(text, 'application/xml');
	const error = document.getElementsByTagName('parsererror')[0];
	if (error) {
		const detail = oneLine(error, 200);
		return { problem: `is not well-formed XML${detail ? ` (${detail})` : ''}` };
	}
	const features: unknown[] = [];
	let sliceStart = performance.now();
	try {
		for (const feature of format === 'kml' ? kmlGen(document) : gpxGen(document)) {
			features.push(feature);
			if (performance.now() - sliceStart < SLICE_MS) continue;
			await pause();
			sliceStart = performance.now();
		}
	} catch (error) {
		// What the converter cannot take is said as any unreadable file is, never thrown at the page.
		return {
			problem: `could not be read (${error instanceof Error ? error.message : String(error)})`
		};
	}
	const collection: Collection = { type: 'FeatureCollection', features };
	return { collection, name: documentName(document, format) };
}

/** The dataset of features read by `readXmlFeatures`, titled by the file's own name, else `title`. */
export function importXmlFeatures(read: XmlFeatures, title?: string): ParseResult {
	if ('problem' in read) return { dataset: null, problems: [fileProblem(read.problem)] };
	return importGeoJson(read.collection, { title: read.name ?? title });
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
		return oneLine(child, MAX_NAME) || undefined;
	}
	return undefined;
}

/** An element's text on one line, its runs of space made one, cut at `max` characters. */
function oneLine(element: Element, max: number): string {
	return (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}
