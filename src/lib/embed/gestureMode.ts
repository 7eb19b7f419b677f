export type GestureMode = 'cooperative' | 'greedy';

/**
 * How the map and the timeline take wheel and touch (`gestures=`): an embed sits in an article,
 * so by default it lets a plain wheel or one finger scroll the page (cooperative); the full page
 * owns the screen and zooms on any wheel (greedy). An unknown value keeps the default.
 */
export function parseGestureMode(value: string | null, embedded: boolean): GestureMode {
	if (value === 'cooperative' || value === 'greedy') return value;
	return defaultGestureMode(embedded);
}

export const defaultGestureMode = (embedded: boolean): GestureMode =>
	embedded ? 'cooperative' : 'greedy';
