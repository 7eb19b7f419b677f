import { actorSearch } from './actorSearch';
import { app } from './app';
import { data } from './data';
import { editor } from './editor';
import { embed } from './embed';
import { hardening } from './hardening';
import { layers } from './layers';
import { map } from './map';
import { mapTiles } from './mapTiles';
import { provenance } from './provenance';
import { share } from './share';
import { story } from './story';
import { time } from './time';
import { timeline } from './timeline';
import { viewTools } from './viewTools';

export const en = {
	...actorSearch,
	...app,
	...data,
	...editor,
	...embed,
	...hardening,
	...layers,
	...map,
	...mapTiles,
	...provenance,
	...share,
	...story,
	...time,
	...timeline,
	...viewTools
};
