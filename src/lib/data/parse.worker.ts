import { importDataset, type ImportOptions } from './importers/importDataset';
import { PARSER_READY } from './parserReady';

/** Parses one file off the main thread: text in, the same result as on the main thread out. */
self.onmessage = (event: MessageEvent<{ text: string; options: ImportOptions }>) => {
	self.postMessage(importDataset(event.data.text, event.data.options));
};
self.postMessage(PARSER_READY);
