import { loadGazetteer } from '$lib/gazetteer/loadGazetteer';
import { importDataset, type ImportOptions } from './importers/importDataset';
import { importWithGazetteer } from './importers/withGazetteer';
import { PARSER_READY } from './parserReady';
import { handOverMessages } from './handOver';

/** Parses one file off the main thread: text in, the same result as on the main thread out. */
self.onmessage = async (event: MessageEvent<{ text: string; options: ImportOptions }>) => {
	const { text, options } = event.data;
	const base = options.gazetteerBase;
	const result = await importWithGazetteer(
		(lookupPlace) => importDataset(text, options, lookupPlace),
		base === undefined ? undefined : () => loadGazetteer(base)
	);
	for (const message of handOverMessages(result)) self.postMessage(message);
};
self.postMessage(PARSER_READY);
