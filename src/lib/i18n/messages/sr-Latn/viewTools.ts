import type { Translation } from '../translation';
import type { viewTools as english } from '../en/viewTools';

/** Serbian (Latin) strings for the view's tools: the menu they fold into and "Download image". */
export const viewTools = {
	toolsMenu: 'Alatke',
	downloadImage: 'Preuzmi sliku',
	downloadTimelineSvg: 'Vremenska linija kao SVG',
	downloadFailed: 'Slika nije mogla da se napravi: {reason}',
	downloadsBlocked: 'Preuzmi sliku (otvara celu stranicu)',
	imageDate: 'Stanje na dan {date}',
	imageSource: 'Izvor: {source}'
} satisfies Translation<typeof english>;
