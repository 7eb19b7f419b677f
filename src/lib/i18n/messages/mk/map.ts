import type { Translation } from '../translation';
import type { map as english } from '../en/map';

/** Macedonian strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'Карта на местата на настаните',
	placeEvents_one: '{name}, {count} настан',
	placeEvents_other: '{name}, {count} настани',
	clusterPlaces: '{count} места: {names}. Зумирајте за да се одвојат',
	resetView: 'Почетен приказ',
	outsideView: 'Надвор од овој приказ',
	showPlace: 'Прикажи {name} на картата',
	eventsAt: 'Настани: {names}',
	closePanel: 'Затвори',
	legend: 'Легенда',
	natoMembers: 'Членки на НАТО',
	natoOn: 'на {date}',
	occupied: 'Окупирано од Русија од 2014',
	claimed: 'Области чија анексија Русија ја прогласи во 2022',
	markerKey: 'Места',
	markerActive: 'настани до овој датум',
	markerLater: 'подоцна',
	markerSelected: 'избрано',
	countryNote_XKX:
		'Косово прогласи независност од Србија во 2008; неговиот статус е спорен: Србија и голем број членки на ОН не го признаваат.',
	countryNote_CYP:
		'Северот на Кипар од 1974 е под управа на кипарските Турци; како држава го признава само Турција.',
	basemapCredit: 'Граници: Natural Earth',
	tilesCredit: '© учесници на OpenStreetMap'
} satisfies Translation<typeof english>;
