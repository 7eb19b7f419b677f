import type L from 'leaflet';

/**
 * The SVG path of each feature in a GeoJSON layer, keyed by its `id` property and tagged with
 * `data-<attribute>="<id>"`, so layers restyle shapes by id without redrawing them.
 */
export function pathsById(layer: L.GeoJSON, attribute: string): Map<string, SVGPathElement> {
	const found = new Map<string, SVGPathElement>();
	layer.eachLayer((feature) => {
		const element = (feature as L.Path).getElement() as SVGPathElement | undefined;
		const id = (feature as L.Polygon).feature?.properties?.id;
		if (!element || typeof id !== 'string') return;
		element.dataset[attribute] = id;
		found.set(id, element);
	});
	return found;
}
