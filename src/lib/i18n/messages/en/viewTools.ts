/** English strings for the view's tools: the menu they fold into and "Download image". */
export const viewTools = {
	toolsMenu: 'Tools',
	downloadImage: 'Download image',
	downloadTimelineSvg: 'Timeline as SVG',
	downloadFailed: 'The image could not be made: {reason}',
	downloadsBlocked: 'Download image (opens the full page)',
	imageDate: 'As of {date}',
	imageSource: 'Source: {source}'
};
