import {
	IMAGE_HEIGHT,
	IMAGE_WIDTH,
	composeViewImage,
	partSvg,
	type ViewPicture
} from './composeViewImage';
import { mapPicture, timelinePicture } from './mapPicture';
import { liveMap } from './liveMap';

export type ImageKind = 'png' | 'svg';

/** Hands a file to the browser's download, from memory: nothing leaves the page. */
function save(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws the SVG picture on a canvas of its own size and encodes it as PNG. */
async function toPng(svg: string): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image(IMAGE_WIDTH, IMAGE_HEIGHT);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = IMAGE_WIDTH;
		canvas.height = IMAGE_HEIGHT;
		canvas.getContext('2d')!.drawImage(image, 0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/**
 * Saves the view under `root` as it is now: a PNG of map and timeline with title, date, source
 * and credits, or the timeline alone as SVG. Made in the page, with no request anywhere.
 */
export async function saveViewImage(
	root: HTMLElement,
	kind: ImageKind,
	labels: Omit<ViewPicture, 'map' | 'timeline' | 'attribution'>
) {
	const plot = root.querySelector<SVGSVGElement>('.timeline svg.plot');
	if (!plot) throw new Error('no timeline');
	const timeline = timelinePicture(plot);
	if (kind === 'svg') {
		save(new Blob([partSvg(timeline)], { type: 'image/svg+xml' }), 'chronomap-timeline.svg');
		return;
	}
	// Before the reader has touched it the map may still be the prerendered stand-in: ask for it.
	const container = await liveMap(root);
	if (!container) throw new Error('no map');
	const attribution =
		container.querySelector('.leaflet-control-attribution')?.textContent?.trim() ?? '';
	const svg = composeViewImage({ ...labels, attribution, map: mapPicture(container), timeline });
	save(await toPng(svg), 'chronomap.png');
}
