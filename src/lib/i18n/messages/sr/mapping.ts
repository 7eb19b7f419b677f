import type { Translation } from '../translation';
import type { mapping as english } from '../en/mapping';

/** Serbian (Cyrillic) strings of the column-mapping step (a table whose columns Chronomap does not know). */
export const mapping = {
	mappingHeading: 'Шта садржи која колона?',
	mappingIntro:
		'„{name}“ је табела чије колоне Chronomap не познаје. Изаберите колону за свако поље; преглед приказује прве редове онако како ће бити прочитани.',
	mappingIntroDates:
		'„{name}“ има колоне title и date, али ниједан датум у њој није записан онако како их Chronomap записује (2023-11-21). Изаберите како су записани; преглед приказује прве редове онако како ће бити прочитани.',
	mappingSavedUsed: 'Попуњено према распореду колона сачуваном у отвореној причи.',
	mappingTitle: 'Наслов',
	mappingTemplate: 'Шаблон наслова (необавезно)',
	mappingTemplateHint:
		'Имена колона у витичастим заградама, нпр. {example}. Ако је задат, користи се уместо колоне наслова.',
	mappingDate: 'Датум',
	mappingDateForm: 'Како су датуми записани',
	mappingFormIso: 'ISO (2023-11-21)',
	mappingFormDmy: 'Дан-месец-година (21-11-2023)',
	mappingFormMdy: 'Месец-дан-година (11-21-2023)',
	mappingFormWords: 'Речима на енглеском (21 November 2023)',
	mappingFormEpochSeconds: 'Секунде од 1970. године (1700562900)',
	mappingFormEpoch: 'Милисекунде од 1970. године (1700562900000)',
	mappingEnd: 'Датум завршетка',
	mappingTime: 'Време',
	mappingOffset: 'Времена су забележена по',
	mappingOffsetNone: 'Непознато: записи без помака задржавају само дан',
	mappingUnplacedTimes:
		'Нека времена немају свој помак од UTC: изаберите по ком времену су забележена, иначе се задржавају само њихови дани.',
	mappingUnread: 'Колоне које се неће прочитати: {columns}',
	mappingPlace: 'Назив места',
	mappingLat: 'Географска ширина',
	mappingLon: 'Географска дужина',
	mappingActor: 'Учесник',
	mappingCategory: 'Категорија',
	mappingTags: 'Ознаке',
	mappingNote: 'Белешка',
	mappingSource: 'Веза ка извору',
	mappingNone: '(ништа)',
	mappingPreview: 'Први редови, онако како ће бити прочитани',
	mappingDateRead: 'Прочитан датум',
	mappingBadDate: '„{value}“ није датум записан на овај начин',
	mappingProblems: 'Овај распоред још не може да се примени:',
	mappingNoColumn: '{field}: табела нема колону „{column}“.',
	mappingNoPlaceholder:
		'{field}: шаблон не именује ниједну колону; упишите је у витичастим заградама, нпр. {example}.',
	mappingHalfCoordinates: 'Изаберите и колону ширине и колону дужине, или ниједну.',
	mappingApply: 'Примени',
	mappingCancel: 'Откажи',
	mappingApplying: 'Табела се чита према овом распореду…'
} satisfies Translation<typeof english>;
