import type { Translation } from '../translation';
import type { viewTools as english } from '../en/viewTools';

/** Macedonian strings for the view's tools: the menu they fold into and "Download image". */
export const viewTools = {
	toolsMenu: 'Алатки',
	downloadImage: 'Преземи слика',
	downloadTimelineSvg: 'Временска линија во SVG',
	downloadFailed: 'Сликата не можеше да се направи: {reason}',
	downloadsBlocked: 'Преземи слика (се отвора целата страница)',
	imageDate: 'Состојба на {date}',
	imageSource: 'Извор: {source}'
} satisfies Translation<typeof english>;
