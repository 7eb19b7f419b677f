import type MapPanel from './MapPanel.svelte';

/**
 * The interactive map's code (Leaflet with it). One import for everyone: a page loading other
 * data starts it beside the download, so the map does not wait for the data before it loads.
 * The server build drops the import (the map never renders there); were it kept, SvelteKit would
 * link the map's stylesheet in every prerendered first view.
 */
export const loadMapPanel = (): Promise<{ default: typeof MapPanel }> =>
	import.meta.env.SSR
		? Promise.reject(new Error('the map loads in the browser only'))
		: import('./MapPanel.svelte');
