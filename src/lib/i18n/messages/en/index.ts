/**
 * English for the viewer and the embed, which ship it in their first load. The editor's own
 * strings (`editing.ts`) load only with the editor, and the column-mapping dialog's (`mapping.ts`)
 * with that dialog; other languages carry every area.
 */
import { actorSearch } from './actorSearch';
import { app } from './app';
import { data } from './data';
import { embed } from './embed';
import { hardening } from './hardening';
import { layers } from './layers';
import { map } from './map';
import { mapTiles } from './mapTiles';
import { media } from './media';
import { provenance } from './provenance';
import { search } from './search';
import { share } from './share';
import { story } from './story';
import { time } from './time';
import { timeline } from './timeline';
import { viewTools } from './viewTools';

export const en = {
	...actorSearch,
	...app,
	...data,
	...embed,
	...hardening,
	...layers,
	...map,
	...mapTiles,
	...media,
	...provenance,
	...search,
	...share,
	...story,
	...time,
	...timeline,
	...viewTools
};
