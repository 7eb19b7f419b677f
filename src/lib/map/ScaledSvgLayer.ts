import * as L from 'leaflet';
import { REFERENCE_ZOOM } from './shapePathData';

const SVG = 'http://www.w3.org/2000/svg';

/** How far beyond the view, as a share of its size, the drawing reaches (Leaflet's own renderers use 0.1). */
const PADDING = 0.1;

export interface ScaledShape {
	/** Path data in pixels at REFERENCE_ZOOM (shapePathData). */
	d: string;
	className: string;
	/** `data-*` attributes, by dataset key: `{ country: 'UKR' }` gives `data-country="UKR"`. */
	data: Record<string, string>;
	/** Presentation attributes the style sheet does not set: `fill="none"` for a line, a pattern fill. */
	attributes?: Record<string, string>;
}

/** A pattern in the page, copied into the drawing with a new id and kept its size on screen at every zoom. */
export interface ScaledPattern {
	source: SVGPatternElement;
	id: string;
}

/**
 * Shapes drawn once, as SVG paths in pixels at REFERENCE_ZOOM, and fitted to each view by one
 * transform on their group. Leaflet's vector layers project, clip and rewrite every path on every
 * zoom and pan, which for the world's land cost a zoom step tens of milliseconds and a style
 * recalculation per country, and for a layer of 400,000 points over 300 ms; here a zoom or pan
 * rewrites a few attributes. Strokes keep their width at every scale (`vector-effect`), patterns
 * keep their size, and a zoom animation moves the drawing as Leaflet's renderers do.
 */
export class ScaledSvgLayer extends L.Layer {
	readonly #shapes: readonly ScaledShape[];
	readonly #patterns: readonly ScaledPattern[];
	#svg: SVGSVGElement | undefined;
	#group: SVGGElement | undefined;
	#copies: { copy: SVGPatternElement; transform: string }[] = [];
	#elements: SVGPathElement[] = [];
	/** The centre and zoom the drawing was last fitted to, for the transform during a zoom animation. */
	#centre: L.LatLng | undefined;
	#zoom = 0;

	constructor(
		shapes: readonly ScaledShape[],
		options: { pane: string; patterns?: readonly ScaledPattern[] }
	) {
		super();
		// Leaflet's layers take their options in `initialize`, which L.Layer does not have.
		L.setOptions(this, { pane: options.pane });
		this.#shapes = shapes;
		this.#patterns = options.patterns ?? [];
	}

	/** The path of each shape, in the order given; empty until the layer is on a map. */
	get elements(): readonly SVGPathElement[] {
		return this.#elements;
	}

	onAdd(map: L.Map): this {
		const svg = document.createElementNS(SVG, 'svg');
		svg.classList.add('leaflet-zoom-animated');
		if (this.#patterns.length > 0) {
			const defs = document.createElementNS(SVG, 'defs');
			this.#copies = this.#patterns.map(({ source, id }) => {
				const copy = source.cloneNode(true) as SVGPatternElement;
				copy.id = id;
				defs.append(copy);
				return { copy, transform: source.getAttribute('patternTransform') ?? '' };
			});
			svg.append(defs);
		}
		const group = document.createElementNS(SVG, 'g');
		this.#elements = this.#shapes.map((shape) => {
			const path = document.createElementNS(SVG, 'path');
			path.setAttribute('class', shape.className);
			path.setAttribute('d', shape.d);
			path.setAttribute('fill-rule', 'evenodd');
			path.setAttribute('stroke-linecap', 'round');
			path.setAttribute('stroke-linejoin', 'round');
			path.setAttribute('vector-effect', 'non-scaling-stroke');
			for (const [name, value] of Object.entries(shape.attributes ?? {})) {
				path.setAttribute(name, value);
			}
			Object.assign(path.dataset, shape.data);
			group.append(path);
			return path;
		});
		svg.append(group);
		this.#svg = svg;
		this.#group = group;
		this.getPane()!.append(svg);
		this.#fit(map);
		return this;
	}

	onRemove(): this {
		this.#svg?.remove();
		this.#svg = undefined;
		this.#group = undefined;
		this.#copies = [];
		this.#elements = [];
		return this;
	}

	/** The same handlers on every call, so that Leaflet can take off what it put on. */
	readonly #events = {
		viewreset: () => this.#fit(this._map),
		moveend: () => this.#fit(this._map),
		zoom: () => this.#animate(this._map.getCenter(), this._map.getZoom()),
		zoomanim: (event: L.LeafletEvent) => {
			const { center, zoom } = event as L.ZoomAnimEvent;
			this.#animate(center, zoom);
		}
	};

	getEvents() {
		return this.#events;
	}

	/** Sizes and places the drawing over the view (with padding) and scales the shapes to the zoom. */
	#fit(map: L.Map) {
		const svg = this.#svg;
		const group = this.#group;
		// Mid-animation the transform below is in charge; the animation's end fits again.
		if (!svg || !group || (map as unknown as { _animatingZoom?: boolean })._animatingZoom) return;
		const size = map.getSize();
		const min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
		const box = size.multiplyBy(1 + 2 * PADDING).round();
		svg.setAttribute('width', String(box.x));
		svg.setAttribute('height', String(box.y));
		svg.setAttribute('viewBox', `${min.x} ${min.y} ${box.x} ${box.y}`);
		L.DomUtil.setPosition(svg as unknown as HTMLElement, min);
		const origin = map.getPixelOrigin();
		const scale = map.getZoomScale(map.getZoom(), REFERENCE_ZOOM);
		group.setAttribute('transform', `translate(${-origin.x} ${-origin.y}) scale(${scale})`);
		// A pattern is drawn in the scaled shapes' units: scaled back, it keeps its size on screen.
		for (const { copy, transform } of this.#copies) {
			copy.setAttribute('patternTransform', `scale(${1 / scale}) ${transform}`.trim());
		}
		this.#centre = map.getCenter();
		this.#zoom = map.getZoom();
	}

	/** Moves and scales the drawing as it would sit at `centre` and `zoom`, while the map zooms. */
	#animate(centre: L.LatLng, zoom: number) {
		const map = this._map;
		const svg = this.#svg;
		if (!svg || !this.#centre) return;
		const scale = map.getZoomScale(zoom, this.#zoom);
		const viewHalf = map.getSize().multiplyBy(0.5 + PADDING);
		const panePosition = L.DomUtil.getPosition(map.getPane('mapPane')!) ?? L.point(0, 0);
		const newOrigin = map
			.project(centre, zoom)
			.subtract(map.getSize().divideBy(2))
			.add(panePosition)
			.round();
		const topLeft = viewHalf
			.multiplyBy(-scale)
			.add(map.project(this.#centre, zoom))
			.subtract(newOrigin);
		L.DomUtil.setTransform(svg as unknown as HTMLElement, topLeft, scale);
	}
}
