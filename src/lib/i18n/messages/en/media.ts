/** English strings for media beside an event: pictures, players and the image viewer. */
export const media = {
	mediaLabel: 'Media',
	mediaEnlarge: 'Enlarge',
	mediaCredit: 'Credit: {credit}',
	mediaLoadVideo: 'Load video from {provider} — this contacts {host}',
	mediaLoadAudio: 'Load audio from {provider} — this contacts {host}',
	mediaPlayerTitle: 'Player from {provider}: {label}',
	mediaOpenOn: 'Open on {host}',
	mediaNewTab: 'opens in a new tab',
	mediaLoading: 'Loading media…',
	mediaUnavailable: 'This media could not be loaded.',
	mediaViewer: 'Image viewer',
	mediaImageOf: 'Image {n} of {total}',
	mediaPreviousImage: 'Previous image',
	mediaNextImage: 'Next image',
	mediaClose: 'Close'
};
