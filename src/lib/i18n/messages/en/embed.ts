/** English strings of the embed: gesture hints and full screen. */
export const embed = {
	gestureHint_map_wheel: 'Use {key} + scroll to zoom the map',
	gestureHint_map_touch: 'Use two fingers to move the map',
	gestureHint_timeline_wheel: 'Use {key} + scroll to zoom the timeline',
	gestureHint_timeline_touch: 'Use two fingers to zoom the timeline',
	embedGreedy: 'Plain wheel and one finger move the map (the page does not scroll over it)',
	fullscreenEnter: 'Full screen',
	fullscreenExit: 'Exit full screen',
	fullscreenNewTab: 'Full screen (opens in a new tab)'
} as const;
