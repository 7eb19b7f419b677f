/** Presentation properties an SVG image needs inline: outside the page no style sheet applies. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linejoin',
	'paint-order',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline'
] as const;

/**
 * Copies a live SVG element with its computed presentation inlined, leaving out what is hidden,
 * so that it draws the same as an image (where the page's CSS does not reach). Markup from the
 * data stays text: the copy is serialised, never parsed as HTML.
 */
export function inlineSvg(source: SVGSVGElement): SVGSVGElement {
	const copy = source.cloneNode(true) as SVGSVGElement;
	const originals = [source, ...source.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((original, index) => {
		const target = copies[index] as SVGElement;
		const style = getComputedStyle(original);
		if (style.display === 'none' || style.visibility === 'hidden') {
			target.setAttribute('display', 'none');
			return;
		}
		for (const property of PROPERTIES) {
			const value = style.getPropertyValue(property);
			if (value) target.setAttribute(property, value);
		}
		target.removeAttribute('class');
		target.removeAttribute('style');
	});
	// Whatever is not SVG (a foreign object) could pull in outside content: drop it.
	for (const foreign of copy.querySelectorAll('foreignObject, image, use, a')) foreign.remove();
	return copy;
}
