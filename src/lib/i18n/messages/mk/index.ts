import { app } from './app';
import { data } from './data';
import { map } from './map';
import { timeline } from './timeline';
import { embed } from './embed';

export const mk = { ...app, ...data, ...map, ...timeline, ...embed };
