import * as L from 'leaflet';

/**
 * A div icon whose children are the given elements, with no wrapper between them and the
 * marker (Leaflet's `divIcon` takes one element as its `html`), and which `prepare` fills in
 * before the marker puts it in the page.
 */
export class PartsIcon extends L.DivIcon {
	#parts: Node[];
	#prepare: (element: HTMLElement) => void;

	constructor(
		parts: Node[],
		options: Omit<L.DivIconOptions, 'html'>,
		prepare: (element: HTMLElement) => void = () => {}
	) {
		super({ ...options, html: false });
		this.#parts = parts;
		this.#prepare = prepare;
	}

	override createIcon(oldIcon?: HTMLElement): HTMLElement {
		const element = super.createIcon(oldIcon);
		element.replaceChildren(...this.#parts);
		this.#prepare(element);
		return element;
	}
}
