/** West, south, east and north edges of the shipped basemap in degrees: Brussels to the Caspian, Crete to Helsinki. */
export const basemapBounds = { west: 2, south: 34, east: 50, north: 62 } as const;

export type Bounds = { west: number; south: number; east: number; north: number };
