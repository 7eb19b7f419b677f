import { escapeXml, wrapText } from '$lib/static/viewImageSvg';
import type { PartPicture } from './mapPicture';

/** "Download image" always gives a picture of this size, whatever the frame. */
export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 900;

export interface ViewPicture {
	title: string;
	/** The shown date, worded for the reader ("As of 21 November 2023"). */
	dateLabel: string;
	/** "Source: …", worded for the reader; empty when the data names none. */
	sourceLabel: string;
	/** The map's credits as the map shows them. */
	attribution: string;
	map: PartPicture;
	timeline: PartPicture;
	fontFamily?: string;
}

/**
 * Lays the current map and timeline out as one self-contained SVG picture of a fixed size, with
 * the title above and the date, source and map credits burnt in below, so that a copy used
 * elsewhere still says what it shows and where it comes from.
 */
export function composeViewImage(picture: ViewPicture): string {
	const width = IMAGE_WIDTH;
	const height = IMAGE_HEIGHT;
	const pad = 36;
	const titleSize = 36;
	const small = 18;
	const font = picture.fontFamily ?? 'system-ui, sans-serif';
	const titleLines = wrapText(picture.title, Math.floor((width - 2 * pad) / (titleSize * 0.62)), 2);
	const mapTop = pad + titleLines.length * titleSize * 1.2 + 12;
	const footerTop = height - pad - small * 2.6;
	const inner = width - 2 * pad;
	const scaled = Math.round(
		(inner * picture.timeline.height) / Math.max(1, picture.timeline.width)
	);
	const timelineHeight = Math.min(scaled, Math.round((footerTop - mapTop) * 0.4));
	const timelineTop = footerTop - timelineHeight - 12;
	const mapHeight = timelineTop - 12 - mapTop;
	const text = (x: number, y: number, size: number, value: string, extra = '') =>
		`<text x="${x}" y="${Math.round(y)}" font-size="${size}"${extra}>${escapeXml(value)}</text>`;
	// The part fits its band whole (meet) and is cut at its own box: a drawing that reaches past
	// the part, as the map's does by Leaflet's padding, would show beside it in the band.
	const part = (top: number, partHeight: number, { width: w, height: h, markup }: PartPicture) =>
		`<svg x="${pad}" y="${Math.round(top)}" width="${inner}" height="${Math.round(partHeight)}" viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMidYMid meet"><svg width="${w}" height="${h}" overflow="hidden">${markup}</svg></svg>`;
	const line = (value: string) =>
		wrapText(value, Math.floor((width - 2 * pad) / (small * 0.5)), 1)[0] ?? '';
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}" fill="#1b1e23">`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		...titleLines.map((value, index) =>
			text(pad, pad + titleSize * (index + 0.9) * 1.2, titleSize, value, ' font-weight="700"')
		),
		part(mapTop, mapHeight, picture.map),
		part(timelineTop, timelineHeight, picture.timeline),
		text(pad, footerTop + small, small, picture.dateLabel, ' font-weight="700"'),
		text(
			width - pad,
			footerTop + small,
			small - 2,
			line(picture.attribution),
			' fill="#555d69" text-anchor="end"'
		),
		text(pad, footerTop + small * 2.4, small - 2, line(picture.sourceLabel), ' fill="#555d69"'),
		`</svg>`
	].join('');
}

/** A standalone SVG file of one part (the timeline), for editing in a drawing program. */
export function partSvg({ width, height, markup }: PartPicture): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#ffffff"/>${markup}</svg>`;
}
