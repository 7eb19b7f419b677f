import type { Language } from '../languages';
import { app } from './app';
import { data } from './data';
import { map } from './map';
import { timeline } from './timeline';

/** Each part of the UI keeps its strings in its own file; they meet here. */
const parts = [app, data, map, timeline] as const;

export type MessageKey = keyof (typeof app)['en'];

export const MESSAGES: Record<Language, Record<string, string>> = {
	en: Object.assign({}, ...parts.map((part) => part.en)),
	uk: Object.assign({}, ...parts.map((part) => part.uk)),
	mk: Object.assign({}, ...parts.map((part) => part.mk))
};
