import type { ChronoEvent } from '$lib/data/model';
import type { EventKind } from '$lib/data/schema';

export type MarkForm = 'point' | 'bar';
export type KindShape = 'circle' | 'diamond' | 'square' | 'triangle';

/**
 * Only an exact day is a point; a month, a year or a span is drawn over all of it, so an event
 * known only as "2023" is never shown as if it happened on 1 January.
 */
export function markForm(event: Pick<ChronoEvent, 'date' | 'end'>): MarkForm {
	return event.date.precision === 'day' && !event.end ? 'point' : 'bar';
}

/** Kinds differ by shape as well as colour, for readers who cannot tell the colours apart. */
export const KIND_SHAPES: Record<EventKind, KindShape> = {
	event: 'circle',
	statement: 'diamond',
	report: 'square',
	claim: 'triangle'
};

const round = (value: number) => Math.round(value * 100) / 100;

/** An SVG path of a kind's shape, centred on 0,0 and `size` px across. */
export function symbolPath(kind: EventKind, size: number): string {
	const r = round(size / 2);
	switch (KIND_SHAPES[kind]) {
		case 'circle':
			return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
		case 'diamond': {
			const d = round(r * 1.2);
			return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
		}
		case 'square': {
			const s = round(r * 0.9);
			return `M${-s},${-s}H${s}V${s}H${-s}Z`;
		}
		case 'triangle': {
			const t = round(r * 1.15);
			return `M0,${-t}L${t},${round(t * 0.8)}L${-t},${round(t * 0.8)}Z`;
		}
	}
}
