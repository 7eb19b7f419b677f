import type { Translation } from '../translation';
import type { map as english } from '../en/map';

/** Ukrainian strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'Мапа місць подій',
	placeEvents_one: '{name}, {count} подія',
	placeEvents_few: '{name}, {count} події',
	placeEvents_many: '{name}, {count} подій',
	placeEvents_other: '{name}, {count} події',
	clusterPlaces: 'Місць: {count} ({names}). Збільште масштаб, щоб їх розділити',
	resetView: 'Початковий вигляд',
	outsideView: 'Поза полем зору',
	showPlace: 'Показати {name} на мапі',
	eventsAt: 'Події: {names}',
	closePanel: 'Закрити',
	legend: 'Легенда',
	natoMembers: 'Країни — члени НАТО',
	natoOn: 'станом на {date}',
	occupied: 'Окуповано Росією з 2014 року',
	claimed: 'Області, які Росія оголосила анексованими у 2022 році',
	markerKey: 'Місця',
	markerActive: 'події до цієї дати',
	markerLater: 'пізніше',
	markerSelected: 'вибране',
	countryNote_XKX:
		'Косово проголосило незалежність від Сербії у 2008 році; його статус спірний: Сербія та низка членів ООН його не визнають.',
	countryNote_CYP:
		'Північ Кіпру з 1974 року перебуває під управлінням кіпрських турків; проголошену там державу визнає лише Туреччина.',
	basemapCredit: 'Кордони: Natural Earth',
	tilesCredit: '© учасники OpenStreetMap'
} satisfies Translation<typeof english>;
