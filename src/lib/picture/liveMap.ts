import { WANT_MAP_EVENT } from '$lib/map/wantMap';

/** The live map under `root`, asking for it and waiting up to `timeoutMs` if it is not there yet. */
export async function liveMap(root: HTMLElement, timeoutMs = 10_000): Promise<HTMLElement | null> {
	const find = () => root.querySelector<HTMLElement>('.cm-leaflet[data-zoom] .leaflet-container');
	if (find()) return find();
	root.dispatchEvent(new CustomEvent(WANT_MAP_EVENT, { bubbles: true }));
	for (let waited = 0; waited < timeoutMs; waited += 100) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		const map = find();
		// Two frames more, so that the markers of the first view are drawn too.
		if (map)
			return new Promise((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(map)))
			);
	}
	return null;
}
