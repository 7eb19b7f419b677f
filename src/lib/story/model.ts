/** One authored step of a story: what it says and the view it puts on screen. */
export interface StoryStep {
	id: string;
	title: string;
	/** Plain text; a blank line separates paragraphs. Never markup. */
	text: string;
	/** The event the step selects (time moves to it). */
	event?: string;
	/** The time the step shows without a selection, UTC ms. */
	time?: number;
	/** The timeline's visible range, UTC ms. */
	range?: [number, number];
	/** The map's frame as [west, south, east, north]; else the step event's places are fitted. */
	bounds?: [number, number, number, number];
	/** Layers shown in addition to those active at the step's time. */
	layers?: string[];
	/** A link to media, never loaded by the step. */
	media?: { url: string; caption?: string; credit?: string };
}

export interface Story {
	title?: string;
	steps: StoryStep[];
}
