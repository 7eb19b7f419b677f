import { loadGazetteer } from '$lib/gazetteer/loadGazetteer';
import { importDataset, type ImportOptions } from './importers/importDataset';
import { importWithGazetteer } from './importers/withGazetteer';
import { PARSER_READY } from './parserReady';

/** Parses one file off the main thread: text in, the same result as on the main thread out. */
self.onmessage = async (event: MessageEvent<{ text: string; options: ImportOptions }>) => {
	const { text, options } = event.data;
	const base = options.gazetteerBase;
	self.postMessage(
		await importWithGazetteer(
			(lookupPlace) => importDataset(text, options, lookupPlace),
			base === undefined ? undefined : () => loadGazetteer(base)
		)
	);
};
self.postMessage(PARSER_READY);
