import type AppHeader from './AppHeader.svelte';
import type OpenFile from './OpenFile.svelte';
import type UrlSync from '$lib/state/UrlSync.svelte';
import type StoryPanel from '$lib/story/StoryPanel.svelte';

/**
 * What only the full page shows (its header, opening a local file, the address kept in step),
 * and the story panel, which the full page shows from its first frame: loaded later it would
 * push the map down once the page is drawn. Embeds load it when a story is asked for.
 */
export interface PageParts {
	AppHeader: typeof AppHeader;
	OpenFile: typeof OpenFile;
	UrlSync: typeof UrlSync;
	StoryPanel: typeof StoryPanel;
}
