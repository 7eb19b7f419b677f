import {
	detectSafely,
	importText,
	needsForeignReader,
	type ForeignReader,
	type ImportOptions,
	type ImportResult
} from './importText';

/**
 * Imports on the main thread. Chronomap's own JSON needs nothing more; the CSV, TimelineJS,
 * GeoJSON, KML and GPX importers are fetched only when content needs them, so the first view
 * stays small.
 */
export async function importHere(text: string, options: ImportOptions): Promise<ImportResult> {
	const detected = detectSafely(text);
	let readForeign: ForeignReader | undefined;
	if (detected.format === 'kml' || detected.format === 'gpx') {
		// Converted before the import, a slice at a time, so that a large file leaves the page free.
		const xml = await import('./importXmlTrack').catch(() => undefined);
		if (xml) {
			const read = await xml.readXmlFeatures(text, detected.format);
			readForeign = (_text, _detected, title) => xml.importXmlFeatures(read, title);
		}
	} else if (needsForeignReader(detected)) {
		// A failed download leaves it undefined, and importText says the importer did not load.
		readForeign = await import('./readForeign').then(
			(module) => module.readForeign,
			() => undefined
		);
	}
	const first = importText(text, detected, options, readForeign);
	const base = options.gazetteerBase;
	if (base === undefined || !readForeign) return first;
	const { importWithGazetteer } = await import('./withGazetteer');
	const { loadGazetteer } = await import('$lib/gazetteer/loadGazetteer');
	return importWithGazetteer(
		(lookupPlace) =>
			lookupPlace ? importText(text, detected, options, readForeign, lookupPlace) : first,
		() => loadGazetteer(base)
	);
}
