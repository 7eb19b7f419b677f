import type AppHeader from './AppHeader.svelte';
import type OpenFile from './OpenFile.svelte';
import type UrlSync from '$lib/state/UrlSync.svelte';

/** What only the full page shows: its header, opening a local file, and the address kept in step. */
export interface PageParts {
	AppHeader: typeof AppHeader;
	OpenFile: typeof OpenFile;
	UrlSync: typeof UrlSync;
}
