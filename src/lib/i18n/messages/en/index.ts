import { app } from './app';
import { data } from './data';
import { layers } from './layers';
import { map } from './map';
import { timeline } from './timeline';

export const en = { ...app, ...data, ...map, ...layers, ...timeline };
