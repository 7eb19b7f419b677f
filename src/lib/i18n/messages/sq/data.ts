import type { Translation } from '../translation';
import type { data as english } from '../en/data';

/** Albanian strings of opening a data file: the button, the drop target, progress and the no-places note. */
export const data = {
	openFile: 'Hap skedar',
	openFileHint:
		'Shikoni paraprakisht të dhënat tuaja: Chronomap JSON ose CSV, TimelineJS, GeoJSON, KML ose GPX. Asgjë nuk ngarkohet në server.',
	dropFile: 'Lëshojeni skedarin për ta parë',
	downloading: 'Po shkarkohen të dhënat',
	reading: 'Po lexohet {name}',
	parsing: 'Po kontrollohen të dhënat',
	loadedBytes: '{loaded}',
	loadedBytesOf: '{loaded} nga {total}',
	opened: 'U hap {name}: ngjarje — {count}.',
	openFailed: '{name} nuk u hap dot: {reason}',
	noPlaces: 'Për këto ngjarje nuk janë dhënë vende, prandaj harta nuk i shfaq.'
} satisfies Translation<typeof english>;
