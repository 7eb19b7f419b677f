export type CountryNames = { en: string; uk: string; mk: string };

export type CountryEntry = {
	/** how world-atlas (Natural Earth) keys the shape: ISO 3166-1 numeric, or its name where it has no code */
	source: string;
	names: CountryNames;
};

/**
 * Current short names of every country the basemap shows, keyed by ISO 3166-1 alpha-3 (XKX, the
 * code in common use, for Kosovo); one table so a name is never spelt two ways.
 */
export const countryNames: Record<string, CountryEntry> = {
	ALB: { source: '008', names: { en: 'Albania', uk: 'Албанія', mk: 'Албанија' } },
	ARM: { source: '051', names: { en: 'Armenia', uk: 'Вірменія', mk: 'Ерменија' } },
	AUT: { source: '040', names: { en: 'Austria', uk: 'Австрія', mk: 'Австрија' } },
	AZE: { source: '031', names: { en: 'Azerbaijan', uk: 'Азербайджан', mk: 'Азербејџан' } },
	BEL: { source: '056', names: { en: 'Belgium', uk: 'Бельгія', mk: 'Белгија' } },
	BGR: { source: '100', names: { en: 'Bulgaria', uk: 'Болгарія', mk: 'Бугарија' } },
	BIH: {
		source: '070',
		names: { en: 'Bosnia and Herzegovina', uk: 'Боснія і Герцеговина', mk: 'Босна и Херцеговина' }
	},
	BLR: { source: '112', names: { en: 'Belarus', uk: 'Білорусь', mk: 'Белорусија' } },
	CHE: { source: '756', names: { en: 'Switzerland', uk: 'Швейцарія', mk: 'Швајцарија' } },
	CYP: { source: '196', names: { en: 'Cyprus', uk: 'Кіпр', mk: 'Кипар' } },
	CZE: { source: '203', names: { en: 'Czechia', uk: 'Чехія', mk: 'Чешка' } },
	DEU: { source: '276', names: { en: 'Germany', uk: 'Німеччина', mk: 'Германија' } },
	DNK: { source: '208', names: { en: 'Denmark', uk: 'Данія', mk: 'Данска' } },
	DZA: { source: '012', names: { en: 'Algeria', uk: 'Алжир', mk: 'Алжир' } },
	ESP: { source: '724', names: { en: 'Spain', uk: 'Іспанія', mk: 'Шпанија' } },
	EST: { source: '233', names: { en: 'Estonia', uk: 'Естонія', mk: 'Естонија' } },
	FIN: { source: '246', names: { en: 'Finland', uk: 'Фінляндія', mk: 'Финска' } },
	FRA: { source: '250', names: { en: 'France', uk: 'Франція', mk: 'Франција' } },
	GEO: { source: '268', names: { en: 'Georgia', uk: 'Грузія', mk: 'Грузија' } },
	GRC: { source: '300', names: { en: 'Greece', uk: 'Греція', mk: 'Грција' } },
	HRV: { source: '191', names: { en: 'Croatia', uk: 'Хорватія', mk: 'Хрватска' } },
	HUN: { source: '348', names: { en: 'Hungary', uk: 'Угорщина', mk: 'Унгарија' } },
	IRN: { source: '364', names: { en: 'Iran', uk: 'Іран', mk: 'Иран' } },
	IRQ: { source: '368', names: { en: 'Iraq', uk: 'Ірак', mk: 'Ирак' } },
	ITA: { source: '380', names: { en: 'Italy', uk: 'Італія', mk: 'Италија' } },
	KAZ: { source: '398', names: { en: 'Kazakhstan', uk: 'Казахстан', mk: 'Казахстан' } },
	LBN: { source: '422', names: { en: 'Lebanon', uk: 'Ліван', mk: 'Либан' } },
	LIE: { source: '438', names: { en: 'Liechtenstein', uk: 'Ліхтенштейн', mk: 'Лихтенштајн' } },
	LTU: { source: '440', names: { en: 'Lithuania', uk: 'Литва', mk: 'Литванија' } },
	LUX: { source: '442', names: { en: 'Luxembourg', uk: 'Люксембург', mk: 'Луксембург' } },
	LVA: { source: '428', names: { en: 'Latvia', uk: 'Латвія', mk: 'Латвија' } },
	MCO: { source: '492', names: { en: 'Monaco', uk: 'Монако', mk: 'Монако' } },
	MDA: { source: '498', names: { en: 'Moldova', uk: 'Молдова', mk: 'Молдавија' } },
	MKD: {
		source: '807',
		names: { en: 'North Macedonia', uk: 'Північна Македонія', mk: 'Северна Македонија' }
	},
	MLT: { source: '470', names: { en: 'Malta', uk: 'Мальта', mk: 'Малта' } },
	MNE: { source: '499', names: { en: 'Montenegro', uk: 'Чорногорія', mk: 'Црна Гора' } },
	NLD: { source: '528', names: { en: 'Netherlands', uk: 'Нідерланди', mk: 'Холандија' } },
	NOR: { source: '578', names: { en: 'Norway', uk: 'Норвегія', mk: 'Норвешка' } },
	POL: { source: '616', names: { en: 'Poland', uk: 'Польща', mk: 'Полска' } },
	ROU: { source: '642', names: { en: 'Romania', uk: 'Румунія', mk: 'Романија' } },
	RUS: { source: '643', names: { en: 'Russia', uk: 'Росія', mk: 'Русија' } },
	SMR: { source: '674', names: { en: 'San Marino', uk: 'Сан-Марино', mk: 'Сан Марино' } },
	SRB: { source: '688', names: { en: 'Serbia', uk: 'Сербія', mk: 'Србија' } },
	SVK: { source: '703', names: { en: 'Slovakia', uk: 'Словаччина', mk: 'Словачка' } },
	SVN: { source: '705', names: { en: 'Slovenia', uk: 'Словенія', mk: 'Словенија' } },
	SWE: { source: '752', names: { en: 'Sweden', uk: 'Швеція', mk: 'Шведска' } },
	SYR: { source: '760', names: { en: 'Syria', uk: 'Сирія', mk: 'Сирија' } },
	TUN: { source: '788', names: { en: 'Tunisia', uk: 'Туніс', mk: 'Тунис' } },
	TUR: { source: '792', names: { en: 'Türkiye', uk: 'Туреччина', mk: 'Турција' } },
	UKR: { source: '804', names: { en: 'Ukraine', uk: 'Україна', mk: 'Украина' } },
	VAT: { source: '336', names: { en: 'Vatican City', uk: 'Ватикан', mk: 'Ватикан' } },
	XKX: { source: 'Kosovo', names: { en: 'Kosovo', uk: 'Косово', mk: 'Косово' } }
};

/** The alpha-3 id for a world-atlas key, or undefined when the table lacks it. */
export function alpha3ForSource(source: string): string | undefined {
	return Object.keys(countryNames).find((alpha3) => countryNames[alpha3].source === source);
}
