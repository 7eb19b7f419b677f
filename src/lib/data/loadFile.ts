import type { ImportResult } from './importers/importText';
import type { ColumnMapping } from './schema';
import { failedImport } from './failedImport';
import { LoadError, MAX_BYTES, readerModule, tooLarge, type LoadProgress } from './loadDataset';

/**
 * Reads a file the reader chose or dropped, in the browser only: nothing is uploaded anywhere.
 * With `mapping`, a table is read through the author's column mapping (in the worker when large).
 */
export async function loadFile(
	file: Blob & { name: string },
	options: {
		maxBytes?: number;
		onProgress?: (progress: LoadProgress) => void;
		mapping?: ColumnMapping;
	} = {}
): Promise<ImportResult> {
	const maxBytes = options.maxBytes ?? MAX_BYTES;
	if (file.size > maxBytes) return failedImport(tooLarge(maxBytes).message);
	// The bytes, not `file.text()`, which reads every file as UTF-8: the reader decodes them,
	// Excel's Windows-1252 CSVs too (decodeBytes).
	let bytes: Uint8Array;
	try {
		options.onProgress?.({ stage: 'read', loaded: 0, total: file.size });
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return failedImport('the file could not be read.');
	}
	options.onProgress?.({ stage: 'parse' });
	try {
		return (await readerModule()).importInBackground(bytes, {
			name: file.name,
			mapping: options.mapping
		});
	} catch (error) {
		return failedImport(error instanceof LoadError ? error.message : 'the file could not be read.');
	}
}
