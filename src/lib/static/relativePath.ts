import type { GeoContext } from 'd3-geo';

/**
 * A d3-geo path context that writes whole-pixel points as relative moves, which are short
 * numbers: the prerendered map's land is most of the first view's HTML. After `m` a pair is a
 * relative line (SVG's rule), so lines carry no letter, and a minus sign separates by itself.
 */
export class RelativePath implements GeoContext {
	#d = '';
	#x = 0;
	#y = 0;
	#startX = 0;
	#startY = 0;

	#pair(x: number, y: number) {
		const [dx, dy] = [x - this.#x, y - this.#y];
		[this.#x, this.#y] = [x, y];
		return `${dx}${dy < 0 ? '' : ' '}${dy}`;
	}

	moveTo(x: number, y: number) {
		this.#d += `m${this.#pair(x, y)}`;
		[this.#startX, this.#startY] = [x, y];
	}

	lineTo(x: number, y: number) {
		const pair = this.#pair(x, y);
		this.#d += `${pair.startsWith('-') ? '' : ' '}${pair}`;
	}

	/** `z` returns the pen to the ring's start, as SVG does. */
	closePath() {
		this.#d += 'z';
		[this.#x, this.#y] = [this.#startX, this.#startY];
	}

	/** Points are not drawn (markers are circles of their own); rings need no set-up. */
	arc() {}
	beginPath() {}

	/** The path so far; the context starts afresh for the next shape. */
	result(): string {
		const d = this.#d;
		[this.#d, this.#x, this.#y, this.#startX, this.#startY] = ['', 0, 0, 0, 0];
		return d;
	}
}
