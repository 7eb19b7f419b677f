import type { ChronoEvent } from '$lib/data/model';
import type { EventKind } from '$lib/data/schema';

export type MarkForm = 'point' | 'bar';
export type KindShape = 'circle' | 'diamond' | 'square' | 'triangle';

/**
 * Only an exact day or time is a point; a month, a year, a span or a not-after range is drawn
 * over all of it, so an event known only as "2023" is never shown as if it happened on 1 January.
 */
export function markForm(event: Pick<ChronoEvent, 'date' | 'end' | 'notAfter'>): MarkForm {
	const exact = event.date.precision !== 'year' && event.date.precision !== 'month';
	return exact && !event.end && !event.notAfter ? 'point' : 'bar';
}

/** Kinds differ by shape as well as colour, for readers who cannot tell the colours apart. */
export const KIND_SHAPES: Record<EventKind, KindShape> = {
	event: 'circle',
	statement: 'diamond',
	report: 'square',
	claim: 'triangle'
};

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * An SVG path of a kind's shape, `size` px across, centred on (cx, cy). Marks carry their
 * position in the path itself: a transform per mark splits painting into thousands of layers.
 */
export function symbolPath(kind: EventKind, size: number, cx = 0, cy = 0): string {
	const r = round(size / 2);
	const x = (value: number) => round(cx + value);
	const y = (value: number) => round(cy + value);
	switch (KIND_SHAPES[kind]) {
		case 'circle':
			return `M${x(r)},${y(0)}A${r},${r} 0 1,1 ${x(-r)},${y(0)}A${r},${r} 0 1,1 ${x(r)},${y(0)}Z`;
		case 'diamond': {
			const d = round(r * 1.2);
			return `M${x(0)},${y(-d)}L${x(d)},${y(0)}L${x(0)},${y(d)}L${x(-d)},${y(0)}Z`;
		}
		case 'square': {
			const s = round(r * 0.9);
			return `M${x(-s)},${y(-s)}H${x(s)}V${y(s)}H${x(-s)}Z`;
		}
		case 'triangle': {
			const t = round(r * 1.15);
			const base = round(t * 0.8);
			return `M${x(0)},${y(-t)}L${x(t)},${y(base)}L${x(-t)},${y(base)}Z`;
		}
	}
}
