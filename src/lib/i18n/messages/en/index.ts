/**
 * English for the viewer and the embed, which ship it in their first load. The editor's own
 * strings (`editing.ts`) load only with the editor; other languages carry every area.
 */
import { actorSearch } from './actorSearch';
import { app } from './app';
import { data } from './data';
import { embed } from './embed';
import { hardening } from './hardening';
import { layers } from './layers';
import { map } from './map';
import { mapping } from './mapping';
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
	...mapping,
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
