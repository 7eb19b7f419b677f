import type { Translation } from '../translation';
import type { map as english } from '../en/map';

/** Macedonian strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'Карта на местата на настаните',
	placeEvents_one: '{name}, {count} настан',
	placeEvents_other: '{name}, {count} настана',
	clusterPlaces: '{count} места: {names}. Зумирајте за да се одвојат',
	resetView: 'Почетен приказ',
	outsideView: 'Надвор од овој приказ',
	showPlace: 'Прикажи {name} на картата',
	eventsAt: 'Настани: {names}',
	closePanel: 'Затвори',
	legend: 'Легенда',
	natoMembers: 'Членки на НАТО',
	natoOn: 'на {date}',
	occupied: 'Под руска окупација од 2014 година',
	claimed: 'Области што Русија тврди дека ги анексирала во 2022 година',
	markerKey: 'Места',
	markerActive: 'настани до овој датум',
	markerLater: 'подоцна',
	markerSelected: 'избрано',
	countryNote_XKX:
		'Косово прогласи независност од Србија во 2008 година; неговиот статус е спорен: Србија и одреден број членки на ОН не го признаваат.',
	countryNote_CYP:
		'Северот на Кипар од 1974 година е под управа на кипарските Турци; државата прогласена таму ја признава само Турција.',
	basemapCredit: 'Граници: Natural Earth',
	tilesCredit: '© учесници на OpenStreetMap'
} satisfies Translation<typeof english>;
