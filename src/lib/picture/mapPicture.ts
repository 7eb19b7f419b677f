import { escapeXml } from '$lib/static/viewImageSvg';
import { inlineSvg } from './inlineSvg';

export interface PartPicture {
	width: number;
	height: number;
	/** SVG markup in the part's own pixels, from (0, 0). */
	markup: string;
}

/**
 * The map as the reader sees it now, from Leaflet's own drawing: each vector pane's SVG placed
 * where it sits in the container, and each marker as a dot in its colour. Tile images are left
 * out, so the picture needs nothing from another origin.
 */
export function mapPicture(container: HTMLElement): PartPicture {
	const frame = container.getBoundingClientRect();
	const serializer = new XMLSerializer();
	const layers = [...container.querySelectorAll<SVGSVGElement>('.leaflet-pane svg')].map((svg) => {
		const box = svg.getBoundingClientRect();
		const copy = inlineSvg(svg);
		copy.setAttribute('x', String(Math.round(box.left - frame.left)));
		copy.setAttribute('y', String(Math.round(box.top - frame.top)));
		copy.setAttribute('width', String(Math.round(box.width)));
		copy.setAttribute('height', String(Math.round(box.height)));
		copy.setAttribute('overflow', 'hidden');
		return serializer.serializeToString(copy);
	});
	const dots = container.querySelectorAll<HTMLElement>(
		'.leaflet-marker-pane :is(.cm-marker-dot, .cm-cluster-count)'
	);
	const markers = [...dots]
		.filter((dot) => dot.checkVisibility() && dot.getClientRects().length > 0)
		.map((dot) => {
			const box = dot.getBoundingClientRect();
			const style = getComputedStyle(dot);
			const x = Math.round(box.left - frame.left + box.width / 2);
			const y = Math.round(box.top - frame.top + box.height / 2);
			const r = Math.max(3, Math.round(Math.min(box.width, box.height) / 2));
			const circle = `<circle cx="${x}" cy="${y}" r="${r}" fill="${style.backgroundColor}" stroke="${style.borderTopColor}" stroke-width="2"/>`;
			const count = dot.textContent?.trim();
			return count
				? `${circle}<text x="${x}" y="${y}" font-size="12" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="${style.color}">${escapeXml(count)}</text>`
				: circle;
		});
	const background = getComputedStyle(container).backgroundColor || '#d7e6f2';
	return {
		width: Math.round(frame.width),
		height: Math.round(frame.height),
		markup: `<rect width="100%" height="100%" fill="${background}"/>${layers.join('')}${markers.join('')}`
	};
}

/** The timeline's plot as drawn now: its visible range, marks, eras and playhead. */
export function timelinePicture(plot: SVGSVGElement): PartPicture {
	const box = plot.getBoundingClientRect();
	const copy = inlineSvg(plot);
	copy.removeAttribute('x');
	copy.removeAttribute('y');
	return {
		width: Math.round(box.width),
		height: Math.round(box.height),
		markup: new XMLSerializer().serializeToString(copy)
	};
}
