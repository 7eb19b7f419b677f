// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Origins `?data=` may load from, set at build time by CHRONOMAP_DATA_ORIGINS; empty: any. */
	const __CHRONOMAP_DATA_ORIGINS__: string[];
	/** The operator's own tiles, set at build time by CHRONOMAP_TILE_URL; null: none. */
	const __CHRONOMAP_TILES__: { template: string; attribution: string } | null;
}

export {};
