import { getContext, setContext } from 'svelte';

/** A place as the picker shows it; coordinates are null while the place has none that read. */
export interface PickedPlace {
	id: string;
	name: string;
	lat: number | null;
	lon: number | null;
}

/**
 * The editor's request to the map: which place is being placed, whether the next click on the
 * map sets its coordinates, and where to send new coordinates (a click or a dragged marker).
 * The viewer never sets it, so its map has no picking at all.
 */
export class PlacePicking {
	place = $state.raw<PickedPlace | null>(null);
	/** Waiting for a click on the map. */
	active = $state(false);
	readonly #onpick: (lat: number, lon: number) => void;

	constructor(onpick: (lat: number, lon: number) => void) {
		this.#onpick = onpick;
	}

	/** Coordinates rounded to 5 decimals (about a metre), longitude brought into −180…180. */
	pick(lat: number, lon: number) {
		const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
		const round = (value: number) => Math.round(value * 1e5) / 1e5;
		this.active = false;
		this.#onpick(round(Math.max(-90, Math.min(90, lat))), round(wrapped));
	}
}

const KEY = Symbol('place-picking');

export const setPlacePicking = (picking: PlacePicking) => setContext(KEY, picking);
/** The editor's picking, or undefined on the viewer's map. */
export const getPlacePicking = (): PlacePicking | undefined => getContext(KEY);
