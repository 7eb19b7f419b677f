/** Asks the lazily loaded map to load now (a picture of the view needs Leaflet's map). */
export const WANT_MAP_EVENT = 'chronomap:want-map';
