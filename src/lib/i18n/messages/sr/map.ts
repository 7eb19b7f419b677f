import type { Translation } from '../translation';
import type { map as english } from '../en/map';

/** Serbian (Cyrillic) strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'Мапа места догађаја',
	placeEvents_one: '{name}, {count} догађај',
	placeEvents_few: '{name}, {count} догађаја',
	placeEvents_other: '{name}, {count} догађаја',
	clusterPlaces: 'Места: {count} ({names}). Увећајте приказ да бисте их раздвојили',
	resetView: 'Почетни приказ',
	outsideView: 'Изван овог приказа',
	showPlace: 'Прикажи {name} на мапи',
	eventsAt: 'Догађаји: {names}',
	closePanel: 'Затвори',
	legend: 'Легенда',
	natoMembers: 'Државе чланице НАТО-а',
	natoOn: 'на дан {date}',
	occupied: 'Под руском окупацијом од 2014. године',
	claimed: 'Области за које Русија тврди да их је анектирала 2022. године',
	markerKey: 'Места',
	markerActive: 'догађаји до овог датума',
	markerLater: 'касније',
	markerSelected: 'изабрано',
	countryNote_XKX:
		'Косово је 2008. године прогласило независност од Србије; његов статус је спорен: Србија и одређен број чланица УН га не признају.',
	countryNote_CYP:
		'Север Кипра је од 1974. године под управом кипарских Турака; државу проглашену тамо признаје само Турска.',
	basemapCredit: 'Границе: Natural Earth',
	tilesCredit: '© сарадници OpenStreetMap-а'
} satisfies Translation<typeof english>;
