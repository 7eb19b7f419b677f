import { app } from './app';
import { data } from './data';
import { map } from './map';
import { provenance } from './provenance';
import { timeline } from './timeline';

export const mk = { ...app, ...data, ...map, ...timeline, ...provenance };
