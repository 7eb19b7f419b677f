import type { Translation } from '../translation';
import type { viewTools as english } from '../en/viewTools';

/** Albanian strings for the view's tools: the menu they fold into and "Download image". */
export const viewTools = {
	toolsMenu: 'Mjetet',
	downloadImage: 'Shkarko imazhin',
	downloadTimelineSvg: 'Vija kohore si SVG',
	downloadFailed: 'Imazhi nuk u krijua dot: {reason}',
	downloadsBlocked: 'Shkarko imazhin (hap faqen e plotë)',
	imageDate: 'Gjendja më {date}',
	imageSource: 'Burimi: {source}'
} satisfies Translation<typeof english>;
