/**
 * Origins `?data=` may load from besides the app's own, fixed at build time by
 * CHRONOMAP_DATA_ORIGINS (see scripts/dataOrigins.js). Empty: any https address may be loaded,
 * and data from another origin is labelled as not the publisher's.
 */
export const ALLOWED_DATA_ORIGINS: readonly string[] = __CHRONOMAP_DATA_ORIGINS__;
