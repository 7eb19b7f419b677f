import type { ParseResult } from '../model';
import { importAcled } from './importAcled';
import { importCsv } from './importCsv';
import { importGeoJson } from './importGeoJson';
import { importTimelineCsv } from './importTimelineCsv';
import { importTimelineJson } from './importTimelineJson';
import { importStoryMap } from './importStoryMap';
import type { ForeignDetection } from './importText';
import { fileProblem } from '../fileProblem';
import type { LookupPlace } from './placeByName';
import { importMapped } from './importMapped';
import type { ColumnMapping } from '../schema';

const XML_ELSEWHERE =
	'could not be read here: KML and GPX are read with the browser’s XML parser, on the page';

/**
 * CSV, TimelineJS, GeoJSON and StoryMapJS content, through each format's importer; any table,
 * when the author mapped its columns, through that mapping. KML and GPX need the browser's XML
 * parser, which a worker has not: they are read on the page, with importXmlTrack (importHere.ts).
 */
export function readForeign(
	text: string,
	detected: ForeignDetection,
	title: string | undefined,
	lookupPlace?: LookupPlace,
	mapping?: ColumnMapping
): ParseResult {
	if (mapping && 'delimiter' in detected) {
		return importMapped(text, mapping, { delimiter: detected.delimiter, title, lookupPlace });
	}
	switch (detected.format) {
		case 'timelinejs-json':
			return importTimelineJson(detected.json, { title });
		case 'storymap':
			return importStoryMap(detected.json, { title });
		case 'geojson':
			return importGeoJson(detected.json, { title });
		case 'csv':
			return importCsv(text, { delimiter: detected.delimiter, title, lookupPlace });
		case 'acled':
			return importAcled(text, { delimiter: detected.delimiter, title });
		case 'timelinejs-csv':
			return importTimelineCsv(text, { delimiter: detected.delimiter, title });
		case 'kml':
		case 'gpx':
			return { dataset: null, problems: [fileProblem(XML_ELSEWHERE)] };
	}
}
