/**
 * How much one dataset may hold. parseDataset enforces these and reports what is over them
 * like any other problem, so that a hostile or runaway file cannot freeze a reader's page;
 * docs/data-format.md lists them. Sized well above real stories (the largest realistic
 * import, a country's ACLED export, is of the order of 100,000 events).
 */
export const LIMITS = {
	/** Events in one dataset. */
	events: 200_000,
	/** Places in one dataset. */
	places: 50_000,
	/** Place ids on one event. */
	placesPerEvent: 50,
	/** Characters in any one text field (title, quote, note, caption, …). */
	textLength: 10_000,
	/** Eras in one dataset. */
	eras: 1_000,
	/** Map layers in one dataset. */
	layers: 1_000,
	/** Coordinate pairs over all layer geometries of one dataset. */
	layerVertices: 500_000,
	/** Corroborating sources on one event. */
	sourcesPerEvent: 20,
	/** Media items on one event. */
	mediaPerEvent: 20,
	/** Languages one place is named in (`names`). */
	placeNames: 100,
	/** Bytes of one image fetched from the data's origin (src/lib/media/fetchMediaBlob.ts). */
	mediaImageBytes: 10_000_000,
	/** Bytes of one video or audio file (or caption track) fetched from the data's origin. */
	mediaPlayBytes: 50_000_000,
	/** Tags on one event. */
	tagsPerEvent: 50,
	/** Characters in one tag. */
	tagLength: 200,
	/** Categories in one dataset. */
	categories: 200,
	/** Steps in one story. */
	storySteps: 500,
	/** Entries in the corrections log. */
	changes: 5_000
} as const;
