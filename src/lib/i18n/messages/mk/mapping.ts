import type { Translation } from '../translation';
import type { mapping as english } from '../en/mapping';

/** Macedonian strings of the column-mapping step (a table whose columns Chronomap does not know). */
export const mapping = {
	mappingHeading: 'Што содржи секоја колона?',
	mappingIntro:
		'„{name}“ е табела чии колони Chronomap не ги познава. Изберете колона за секое поле; прегледот ги покажува првите редови онака како ќе бидат прочитани.',
	mappingIntroDates:
		'„{name}“ има колони title и date, но ниту еден датум во неа не е запишан како што ги запишува Chronomap (2023-11-21). Изберете како се запишани; прегледот ги покажува првите редови онака како ќе бидат прочитани.',
	mappingSavedUsed: 'Пополнето според распоредот на колони зачуван во отворената приказна.',
	mappingTitle: 'Наслов',
	mappingTemplate: 'Шаблон за насловот (незадолжително)',
	mappingTemplateHint:
		'Имиња на колони во големи загради, на пр. {example}. Ако е зададен, се користи наместо колоната за наслов.',
	mappingDate: 'Датум',
	mappingDateForm: 'Како се запишани датумите',
	mappingFormIso: 'ISO (2023-11-21)',
	mappingFormDmy: 'Ден-месец-година (21-11-2023)',
	mappingFormMdy: 'Месец-ден-година (11-21-2023)',
	mappingFormWords: 'Со зборови на англиски (21 November 2023)',
	mappingFormEpochSeconds: 'Секунди од 1970 година (1700562900)',
	mappingFormEpoch: 'Милисекунди од 1970 година (1700562900000)',
	mappingEnd: 'Датум на завршување',
	mappingTime: 'Време',
	mappingOffset: 'Времињата се запишани по',
	mappingOffsetNone: 'Непознато: записите без поместување го задржуваат само денот',
	mappingUnplacedTimes:
		'Некои времиња немаат свое поместување од UTC: изберете по кое време се запишани, инаку се задржуваат само нивните денови.',
	mappingUnread: 'Колони што нема да се прочитаат: {columns}',
	mappingPlace: 'Име на место',
	mappingLat: 'Географска ширина',
	mappingLon: 'Географска должина',
	mappingActor: 'Учесник',
	mappingCategory: 'Категорија',
	mappingTags: 'Ознаки',
	mappingNote: 'Белешка',
	mappingSource: 'Врска до изворот',
	mappingNone: '(ништо)',
	mappingPreview: 'Првите редови, како ќе бидат прочитани',
	mappingDateRead: 'Прочитан датум',
	mappingBadDate: '„{value}“ не е датум запишан на овој начин',
	mappingProblems: 'Овој распоред сè уште не може да се примени:',
	mappingNoColumn: '{field}: табелата нема колона „{column}“.',
	mappingNoPlaceholder:
		'{field}: шаблонот не именува ниедна колона; напишете ја во големи загради, на пр. {example}.',
	mappingHalfCoordinates: 'Изберете и колона за ширина и колона за должина, или ниедна.',
	mappingApply: 'Примени',
	mappingCancel: 'Откажи',
	mappingApplying: 'Табелата се чита според овој распоред…'
} satisfies Translation<typeof english>;
