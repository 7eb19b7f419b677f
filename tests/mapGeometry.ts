import type { Locator } from '@playwright/test';

/** The centre of an element on screen, in page pixels. */
export async function centre(locator: Locator) {
	const box = (await locator.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Whether a point on screen lies inside an SVG shape's fill, as the shape is drawn now. */
export function inFill(shape: Locator, { x, y }: { x: number; y: number }): Promise<boolean> {
	return shape.evaluate(
		(path, [px, py]) => {
			const element = path as SVGGeometryElement;
			const point = new DOMPoint(px, py).matrixTransform(element.getScreenCTM()!.inverse());
			return element.isPointInFill(point);
		},
		[x, y]
	);
}
