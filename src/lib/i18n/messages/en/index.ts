import { actorSearch } from './actorSearch';
import { app } from './app';
import { data } from './data';
import { embed } from './embed';
import { hardening } from './hardening';
import { layers } from './layers';
import { map } from './map';
import { mapTiles } from './mapTiles';
import { provenance } from './provenance';
import { share } from './share';
import { time } from './time';
import { timeline } from './timeline';

export const en = {
	...actorSearch,
	...app,
	...data,
	...embed,
	...hardening,
	...layers,
	...map,
	...mapTiles,
	...provenance,
	...share,
	...time,
	...timeline
};
