import type { GeoContext } from 'd3-geo';
import simplify from 'simplify-js';

type Point = { x: number; y: number };

/**
 * A d3-geo path context that writes whole-pixel points as relative moves, which are short
 * numbers: the prerendered map's land is most of the first view's HTML. After `m` a pair is a
 * relative line (SVG's rule), so lines carry no letter, and a minus sign separates by itself.
 *
 * Each ring is simplified within `tolerance` pixels before it is written, as Leaflet simplifies
 * its own paths (`smoothFactor`, 1 pixel by default), so the picture carries no more points
 * than the live map draws. Points are rounded after that, also those a clip made in between.
 */
export class RelativePath implements GeoContext {
	#d = '';
	#x = 0;
	#y = 0;
	#ring: Point[] = [];
	readonly #tolerance: number;

	constructor({ tolerance = 0 }: { tolerance?: number } = {}) {
		this.#tolerance = tolerance;
	}

	moveTo(x: number, y: number) {
		this.#flush(false);
		this.#ring = [{ x, y }];
	}

	lineTo(x: number, y: number) {
		this.#ring.push({ x, y });
	}

	/** `z` returns the pen to the ring's start, as SVG does. */
	closePath() {
		this.#flush(true);
	}

	/** Points are not drawn (markers are circles of their own); rings need no set-up. */
	arc() {}
	beginPath() {}

	/** The path so far; the context starts afresh for the next shape. */
	result(): string {
		this.#flush(false);
		const d = this.#d;
		[this.#d, this.#x, this.#y] = ['', 0, 0];
		return d;
	}

	#flush(closed: boolean) {
		const points = this.#tolerance > 0 ? simplify(this.#ring, this.#tolerance) : this.#ring;
		this.#ring = [];
		const kept: [number, number][] = [];
		for (const point of points) {
			const [x, y] = [Math.round(point.x), Math.round(point.y)];
			const last = kept.at(-1);
			if (!last || last[0] !== x || last[1] !== y) kept.push([x, y]);
		}
		// A closed ring needs three corners to cover a pixel; what is left is too small to see.
		if (kept.length === 0 || (closed && kept.length < 3)) return;
		const [startX, startY] = kept[0];
		kept.forEach(([x, y], index) => {
			const pair = this.#pair(x, y);
			this.#d += index === 0 ? `m${pair}` : `${pair.startsWith('-') ? '' : ' '}${pair}`;
		});
		if (!closed) return;
		this.#d += 'z';
		[this.#x, this.#y] = [startX, startY];
	}

	#pair(x: number, y: number) {
		const [dx, dy] = [x - this.#x, y - this.#y];
		[this.#x, this.#y] = [x, y];
		return `${dx}${dy < 0 ? '' : ' '}${dy}`;
	}
}
