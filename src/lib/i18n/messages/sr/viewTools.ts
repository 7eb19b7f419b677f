import type { Translation } from '../translation';
import type { viewTools as english } from '../en/viewTools';

/** Serbian (Cyrillic) strings for the view's tools: the menu they fold into and "Download image". */
export const viewTools = {
	toolsMenu: 'Алатке',
	downloadImage: 'Преузми слику',
	downloadTimelineSvg: 'Временска линија као SVG',
	downloadFailed: 'Слика није могла да се направи: {reason}',
	downloadsBlocked: 'Преузми слику (отвара целу страницу)',
	imageDate: 'Стање на дан {date}',
	imageSource: 'Извор: {source}'
} satisfies Translation<typeof english>;
