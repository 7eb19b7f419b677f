import { color as parseCssColor } from 'd3-color';

/**
 * The backgrounds a category colour is drawn on, in both themes (src/lib/styles/theme.css):
 * the page for timeline marks and the legend, the map's land for markers.
 */
export const COLOR_BACKDROPS = [
	{ name: 'the page background (light theme)', hex: '#ffffff' },
	{ name: 'the page background (dark theme)', hex: '#14171c' },
	{ name: 'the map land (light theme)', hex: '#eceae4' },
	{ name: 'the map land (dark theme)', hex: '#2a2f37' }
] as const;

/** WCAG 2.2 asks 3:1 for graphics that carry meaning (1.4.11 Non-text Contrast). */
export const MIN_GRAPHIC_CONTRAST = 3;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const NAME = /^[a-z]{3,20}$/i;

/**
 * A data colour as `#rrggbb`, or null unless it is `#rgb`, `#rrggbb` or a CSS named colour:
 * only these reach a style, so no data can write anything else into CSS.
 */
export function readColor(value: string): string | null {
	const text = value.trim();
	if (!HEX.test(text) && !NAME.test(text)) return null;
	const parsed = parseCssColor(text.toLowerCase());
	if (!parsed || parsed.opacity !== 1 || !parsed.displayable()) return null;
	return parsed.formatHex();
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
	const channel = (at: number) => {
		const value = parseInt(hex.slice(at, at + 2), 16) / 255;
		return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

/** The backdrops a colour is too faint on, each with its ratio rounded to one decimal. */
export function lowContrastBackdrops(hex: string): { name: string; ratio: number }[] {
	return COLOR_BACKDROPS.map(({ name, hex: backdrop }) => ({
		name,
		ratio: Math.round(contrastRatio(hex, backdrop) * 10) / 10
	})).filter(({ ratio }) => ratio < MIN_GRAPHIC_CONTRAST);
}
