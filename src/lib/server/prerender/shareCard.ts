import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { formatCalendarDate } from '$lib/time/formatCalendarDate';
import { sourceLine } from '$lib/static/sourceLine';
import { staticTimeline } from '$lib/static/staticTimeline';
import { viewImageSvg } from '$lib/static/viewImageSvg';
import { firstView } from './firstView';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const require = createRequire(import.meta.url);
/** Bundled with the build's dependencies so the picture never depends on the machine's fonts. */
const FONTS = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((file) =>
	require.resolve(`@expo-google-fonts/noto-sans/${file}`)
);

/** The share card: the default view of the shipped story as a 1200 × 630 PNG. */
export function shareCardPng(): Uint8Array {
	const { dataset, map } = firstView();
	// Laid out at the picture's own width, in narrow lanes, so the map keeps most of the card.
	const timeline = staticTimeline(dataset, SHARE_WIDTH - 72, { lane: 12, maxLanes: 6 });
	const last = dataset.events.at(-1);
	const svg = viewImageSvg({
		width: SHARE_WIDTH,
		height: SHARE_HEIGHT,
		title: dataset.title,
		dateLabel: last ? formatCalendarDate(last.date) : '',
		sourceLabel: dataset.source ? `Source: ${sourceLine(dataset.source)}` : '',
		attribution: 'Borders: Natural Earth · Chronomap',
		map,
		timeline,
		fontFamily: 'Noto Sans'
	});
	const resvg = new Resvg(svg, {
		font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
		fitTo: { mode: 'width', value: SHARE_WIDTH }
	});
	return resvg.render().asPng();
}
