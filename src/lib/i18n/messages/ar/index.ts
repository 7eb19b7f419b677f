import { actorSearch } from './actorSearch';
import { app } from './app';
import { data } from './data';
import { draft } from './draft';
import { editor } from './editor';
import { embed } from './embed';
import { hardening } from './hardening';
import { layers } from './layers';
import { map } from './map';
import { mapping } from './mapping';
import { mapTiles } from './mapTiles';
import { media } from './media';
import { placeSearch } from './placeSearch';
import { provenance } from './provenance';
import { search } from './search';
import { share } from './share';
import { story } from './story';
import { time } from './time';
import { timeline } from './timeline';
import { viewTools } from './viewTools';

export const ar = {
	...actorSearch,
	...app,
	...data,
	...draft,
	...editor,
	...embed,
	...hardening,
	...layers,
	...map,
	...mapping,
	...mapTiles,
	...media,
	...placeSearch,
	...provenance,
	...search,
	...share,
	...story,
	...time,
	...timeline,
	...viewTools
};
