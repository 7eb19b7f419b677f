import type { Translation } from '../translation';
import type { viewTools as english } from '../en/viewTools';

/** Ukrainian strings for the view's tools: the menu they fold into and "Download image". */
export const viewTools = {
	toolsMenu: 'Інструменти',
	downloadImage: 'Завантажити зображення',
	downloadTimelineSvg: 'Шкала часу у форматі SVG',
	downloadFailed: 'Не вдалося створити зображення: {reason}',
	downloadsBlocked: 'Завантажити зображення (відкриється повна сторінка)',
	imageDate: 'Станом на {date}',
	imageSource: 'Джерело: {source}'
} satisfies Translation<typeof english>;
