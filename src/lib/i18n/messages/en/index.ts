import { app } from './app';
import { data } from './data';
import { map } from './map';
import { provenance } from './provenance';
import { timeline } from './timeline';

export const en = { ...app, ...data, ...map, ...timeline, ...provenance };
