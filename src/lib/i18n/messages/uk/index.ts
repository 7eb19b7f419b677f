import { app } from './app';
import { data } from './data';
import { map } from './map';
import { timeline } from './timeline';
import { share } from './share';

export const uk = { ...app, ...data, ...map, ...timeline, ...share };
