/** Strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	en: {
		mapLabel: 'Map of the places in the events',
		placeEvents_one: '{name}, {count} event',
		placeEvents_other: '{name}, {count} events',
		clusterPlaces: '{count} places: {names}. Zoom in to separate them',
		resetView: 'Reset view',
		outsideView: 'Outside this view',
		showPlace: 'Show {name} on the map',
		eventsAt: 'Events at {names}',
		closePanel: 'Close',
		legend: 'Legend',
		natoMembers: 'NATO members',
		natoOn: 'on {date}',
		occupied: 'Occupied by Russia since 2014',
		claimed: 'Regions Russia claimed to annex in 2022',
		markerKey: 'Places',
		markerActive: 'events by this date',
		markerLater: 'later',
		markerSelected: 'selected',
		countryNote_XKX:
			'Kosovo declared independence from Serbia in 2008; its status is disputed: Serbia and a number of UN members do not recognise it.',
		countryNote_CYP:
			'The north of Cyprus has been under Turkish Cypriot administration since 1974; only Türkiye recognises it as a state.',
		basemapCredit: 'Borders: Natural Earth',
		tilesCredit: '© OpenStreetMap contributors'
	},
	uk: {
		mapLabel: 'Мапа місць подій',
		placeEvents_one: '{name}, {count} подія',
		placeEvents_few: '{name}, {count} події',
		placeEvents_many: '{name}, {count} подій',
		placeEvents_other: '{name}, {count} події',
		clusterPlaces: 'Місць: {count}: {names}. Збільште, щоб розділити',
		resetView: 'Скинути вигляд',
		outsideView: 'Поза цим виглядом',
		showPlace: 'Показати {name} на мапі',
		eventsAt: 'Події: {names}',
		closePanel: 'Закрити',
		legend: 'Легенда',
		natoMembers: 'Члени НАТО',
		natoOn: 'на {date}',
		occupied: 'Окуповано Росією з 2014 року',
		claimed: 'Області, «анексію» яких Росія оголосила у 2022 році',
		markerKey: 'Місця',
		markerActive: 'події до цієї дати',
		markerLater: 'пізніше',
		markerSelected: 'вибране',
		countryNote_XKX:
			'Косово проголосило незалежність від Сербії у 2008 році; його статус спірний: Сербія та низка членів ООН його не визнають.',
		countryNote_CYP:
			'Північ Кіпру з 1974 року перебуває під управлінням кіпрських турків; як державу її визнає лише Туреччина.',
		basemapCredit: 'Кордони: Natural Earth',
		tilesCredit: '© учасники OpenStreetMap'
	},
	mk: {
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
	}
} as const;
