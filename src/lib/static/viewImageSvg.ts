import { symbolPath } from '$lib/timeline/markShape';
import type { StaticMap } from './staticMap';
import type { StaticTimeline } from './staticTimeline';

export interface ViewImage {
	width: number;
	height: number;
	title: string;
	/** The date the view shows, as the reader reads it. */
	dateLabel: string;
	/** "Source: …", already worded for the reader. */
	sourceLabel: string;
	/** The map's credits, burnt in as Leaflet shows them. */
	attribution: string;
	map: StaticMap;
	timeline: StaticTimeline;
	/** Ids of places lit at the shown date (all when absent). */
	lit?: ReadonlySet<string>;
	selectedPlaces?: ReadonlySet<string>;
	fontFamily?: string;
}

const KIND_COLOURS = {
	event: '#0b5cad',
	statement: '#7c3aed',
	report: '#0f766e',
	claim: '#b45309'
};

export const escapeXml = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into at most `lines` lines of about `chars` characters, ending in "…" if cut. */
export function wrapText(text: string, chars: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > chars) {
			out.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) out.push(line);
	if (out.length <= lines) return out;
	const kept = out.slice(0, lines);
	kept[lines - 1] = `${kept[lines - 1].slice(0, chars - 1)}…`;
	return kept;
}

/**
 * A picture of a view (title, map, timeline, date, source and credits) as one self-contained
 * SVG with no external references: the share card at build time and "Download image" in the
 * browser draw the same picture from it.
 */
export function viewImageSvg(image: ViewImage): string {
	const { width, height, map, timeline } = image;
	const font = image.fontFamily ?? 'system-ui, sans-serif';
	const pad = Math.round(width * 0.03);
	const titleSize = Math.round(width / 30);
	const titleLines = wrapText(image.title, Math.floor((width - 2 * pad) / (titleSize * 0.55)), 2);
	const mapTop = pad + titleLines.length * titleSize * 1.2 + pad / 2;
	const footer = Math.round(width / 60);
	const timelineHeight = Math.round(((width - 2 * pad) * timeline.height) / timeline.width);
	const mapHeight = height - mapTop - timelineHeight - footer * 3.5 - pad;
	const text = (x: number, y: number, size: number, value: string, extra = '') =>
		`<text x="${x}" y="${Math.round(y)}" font-size="${size}"${extra}>${escapeXml(value)}</text>`;
	const markers = map.markers
		.map((marker) => {
			const fill = image.selectedPlaces?.has(marker.id)
				? '#c2410c'
				: !image.lit || image.lit.has(marker.id)
					? '#0b5cad'
					: '#8a93a0';
			return `<circle cx="${marker.x}" cy="${marker.y}" r="6" fill="${fill}" stroke="#fff" stroke-width="2"/>`;
		})
		.join('');
	const marks = timeline.marks
		.map((mark) => {
			const colour = KIND_COLOURS[mark.kind];
			const bar =
				mark.form === 'bar'
					? `<rect x="${mark.barX}" y="${mark.y - 2}" width="${mark.barWidth}" height="4" fill="${colour}" opacity="0.35"/>`
					: '';
			return `${bar}<path d="${symbolPath(mark.kind, 10, mark.x, mark.y)}" fill="${colour}"/>`;
		})
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}" fill="#1b1e23">`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		...titleLines.map((line, index) =>
			text(pad, pad + titleSize * (index + 0.9) * 1.2, titleSize, line, ' font-weight="700"')
		),
		`<svg x="${pad}" y="${Math.round(mapTop)}" width="${width - 2 * pad}" height="${Math.round(mapHeight)}" viewBox="0 0 ${map.width} ${map.height}" preserveAspectRatio="xMidYMid slice">`,
		`<rect x="-${map.width}" y="-${map.height}" width="${map.width * 3}" height="${map.height * 3}" fill="#d7e6f2"/>`,
		...map.countries.map(
			(shape) => `<path d="${shape.d}" fill="#eceae4" stroke="#9aa0a8" stroke-width="0.6"/>`
		),
		...map.areas.map(
			(shape) =>
				`<path d="${shape.d}" fill="#b91c1c" fill-opacity="0.15" stroke="#b91c1c" stroke-width="0.8"/>`
		),
		markers,
		`</svg>`,
		`<svg x="${pad}" y="${Math.round(height - pad - footer * 3.5 - timelineHeight)}" width="${width - 2 * pad}" height="${timelineHeight}" viewBox="0 0 ${timeline.width} ${timeline.height}" font-size="11">`,
		`<line x1="0" x2="${timeline.width}" y1="20" y2="20" stroke="#c9ced6"/>`,
		...timeline.ticks.map(
			(tick) =>
				`<line x1="${tick.x}" x2="${tick.x}" y1="14" y2="20" stroke="#c9ced6"/>${text(tick.x + 3, 12, 11, tick.label)}`
		),
		marks,
		`<line x1="${timeline.playheadX}" x2="${timeline.playheadX}" y1="0" y2="${timeline.height}" stroke="#c2410c" stroke-width="2"/>`,
		`</svg>`,
		text(
			pad,
			height - pad - footer * 1.6,
			Math.round(footer * 1.1),
			image.dateLabel,
			' font-weight="700"'
		),
		text(
			width - pad,
			height - pad - footer * 1.6,
			footer,
			image.attribution,
			' fill="#555d69" text-anchor="end"'
		),
		text(
			pad,
			height - pad,
			footer,
			wrapText(image.sourceLabel, Math.floor((width - 2 * pad) / (footer * 0.55)), 1)[0] ?? '',
			' fill="#555d69"'
		),
		`</svg>`
	].join('');
}
