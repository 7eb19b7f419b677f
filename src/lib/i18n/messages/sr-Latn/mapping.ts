import type { Translation } from '../translation';
import type { mapping as english } from '../en/mapping';

/** Serbian (Latin) strings of the column-mapping step (a table whose columns Chronomap does not know). */
export const mapping = {
	mappingHeading: 'Šta sadrži koja kolona?',
	mappingIntro:
		'„{name}“ je tabela čije kolone Chronomap ne poznaje. Izaberite kolonu za svako polje; pregled prikazuje prve redove onako kako će biti pročitani.',
	mappingIntroDates:
		'„{name}“ ima kolone title i date, ali nijedan datum u njoj nije zapisan onako kako ih Chronomap zapisuje (2023-11-21). Izaberite kako su zapisani; pregled prikazuje prve redove onako kako će biti pročitani.',
	mappingSavedUsed: 'Popunjeno prema rasporedu kolona sačuvanom u otvorenoj priči.',
	mappingTitle: 'Naslov',
	mappingTemplate: 'Šablon naslova (neobavezno)',
	mappingTemplateHint:
		'Imena kolona u vitičastim zagradama, npr. {example}. Ako je zadat, koristi se umesto kolone naslova.',
	mappingDate: 'Datum',
	mappingDateForm: 'Kako su datumi zapisani',
	mappingFormIso: 'ISO (2023-11-21)',
	mappingFormDmy: 'Dan-mesec-godina (21-11-2023)',
	mappingFormMdy: 'Mesec-dan-godina (11-21-2023)',
	mappingFormWords: 'Rečima na engleskom (21 November 2023)',
	mappingFormEpochSeconds: 'Sekunde od 1970. godine (1700562900)',
	mappingFormEpoch: 'Milisekunde od 1970. godine (1700562900000)',
	mappingEnd: 'Datum završetka',
	mappingTime: 'Vreme',
	mappingOffset: 'Vremena su zabeležena po',
	mappingOffsetNone: 'Nepoznato: zapisi bez pomaka zadržavaju samo dan',
	mappingUnplacedTimes:
		'Neka vremena nemaju svoj pomak od UTC: izaberite po kom vremenu su zabeležena, inače se zadržavaju samo njihovi dani.',
	mappingUnread: 'Kolone koje se neće pročitati: {columns}',
	mappingPlace: 'Naziv mesta',
	mappingLat: 'Geografska širina',
	mappingLon: 'Geografska dužina',
	mappingActor: 'Učesnik',
	mappingCategory: 'Kategorija',
	mappingTags: 'Oznake',
	mappingNote: 'Beleška',
	mappingSource: 'Veza ka izvoru',
	mappingNone: '(ništa)',
	mappingPreview: 'Prvi redovi, onako kako će biti pročitani',
	mappingDateRead: 'Pročitan datum',
	mappingBadDate: '„{value}“ nije datum zapisan na ovaj način',
	mappingProblems: 'Ovaj raspored još ne može da se primeni:',
	mappingNoColumn: '{field}: tabela nema kolonu „{column}“.',
	mappingNoPlaceholder:
		'{field}: šablon ne imenuje nijednu kolonu; upišite je u vitičastim zagradama, npr. {example}.',
	mappingHalfCoordinates: 'Izaberite i kolonu širine i kolonu dužine, ili nijednu.',
	mappingApply: 'Primeni',
	mappingCancel: 'Otkaži',
	mappingApplying: 'Tabela se čita prema ovom rasporedu…'
} satisfies Translation<typeof english>;
