import { app } from './app';
import { data } from './data';
import { hardening } from './hardening';
import { map } from './map';
import { timeline } from './timeline';

export const en = { ...app, ...data, ...hardening, ...map, ...timeline };
