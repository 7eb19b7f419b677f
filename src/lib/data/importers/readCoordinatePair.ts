/**
 * Latitude and longitude written in one cell: a WKT point, longitude first, as the Wikidata Query
 * Service exports coordinates (`Point(18.4131 43.8563)`), or `43.8563, 18.4131`, latitude first,
 * as map sites copy them. The numbers are handed on as written, for the importer to check their
 * ranges as it does separate columns.
 */

export type CoordinatePair =
	{ ok: true; lat: string; lon: string } | { ok: false; message: string };

/** Longer than any point anyone writes, with a globe's address before it. */
const MAX_LENGTH = 200;
const NUMBER = String.raw`[+-]?\d{1,3}(?:\.\d{1,20})?`;
/** Wikidata names the globe of a point on another body (the Moon, Mars) before it. */
const WKT_POINT = new RegExp(
	String.raw`^(?:<([^<>\s]{1,120})>\s*)?point\s*\(\s*(${NUMBER})\s+(${NUMBER})\s*\)$`,
	'i'
);
const LAT_LON = new RegExp(String.raw`^(${NUMBER})\s*,(\s*)(${NUMBER})$`);
const EARTH = 'http://www.wikidata.org/entity/Q2';

/** The pair in a cell, or why it is not one. */
export function readCoordinatePair(text: string): CoordinatePair {
	const value = text.trim();
	const point = value.length > MAX_LENGTH ? null : WKT_POINT.exec(value);
	if (point) {
		const [, globe, lon, lat] = point;
		if (globe !== undefined && globe !== EARTH) {
			return { ok: false, message: `"${shorten(value)}" is a point on another globe (${globe})` };
		}
		return { ok: true, lat, lon };
	}
	const pair = value.length > MAX_LENGTH ? null : LAT_LON.exec(value);
	// `46,64` with no space and no decimal point is one number written with a decimal comma.
	if (pair && (pair[2] !== '' || (pair[1].includes('.') && pair[3].includes('.')))) {
		return { ok: true, lat: pair[1], lon: pair[3] };
	}
	const message = `"${shorten(value)}" is not a place written Point(longitude latitude) or "latitude, longitude"`;
	return { ok: false, message };
}

function shorten(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
