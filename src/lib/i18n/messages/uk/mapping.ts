import type { Translation } from '../translation';
import type { mapping as english } from '../en/mapping';

/** Ukrainian strings of the column-mapping step (a table whose columns Chronomap does not know). */
export const mapping = {
	mappingHeading: 'Що містить кожен стовпець?',
	mappingIntro:
		'«{name}» — таблиця, стовпці якої Chronomap не знає. Виберіть стовпець для кожного поля; попередній перегляд показує перші рядки так, як їх буде прочитано.',
	mappingIntroDates:
		'«{name}» має стовпці title і date, але жодну дату в ньому не записано так, як їх записує Chronomap (2023-11-21). Виберіть, як їх записано; попередній перегляд показує перші рядки так, як їх буде прочитано.',
	mappingSavedUsed: 'Заповнено за відповідністю стовпців, збереженою у відкритій історії.',
	mappingTitle: 'Назва',
	mappingTemplate: 'Шаблон назви (необов’язково)',
	mappingTemplateHint:
		'Назви стовпців у фігурних дужках, напр. {example}. Якщо його задано, він замінює стовпець назви.',
	mappingDate: 'Дата',
	mappingDateForm: 'Як записано дати',
	mappingFormIso: 'ISO (2023-11-21)',
	mappingFormDmy: 'День-місяць-рік (21-11-2023)',
	mappingFormMdy: 'Місяць-день-рік (11-21-2023)',
	mappingFormWords: 'Словами англійською (21 November 2023)',
	mappingFormEpochSeconds: 'Секунди від 1970 року (1700562900)',
	mappingFormEpoch: 'Мілісекунди від 1970 року (1700562900000)',
	mappingEnd: 'Дата завершення',
	mappingTime: 'Час',
	mappingOffset: 'Час записано за',
	mappingOffsetNone: 'Невідомо: у записів без зміщення лишається тільки день',
	mappingUnplacedTimes:
		'Деякі значення часу не мають власного зміщення від UTC: виберіть, за яким часом їх записано, інакше збережуться лише дні.',
	mappingUnread: 'Стовпці, які не буде прочитано: {columns}',
	mappingPlace: 'Назва місця',
	mappingLat: 'Широта',
	mappingLon: 'Довгота',
	mappingActor: 'Учасник',
	mappingCategory: 'Категорія',
	mappingTags: 'Теги',
	mappingNote: 'Примітка',
	mappingSource: 'Посилання на джерело',
	mappingNone: '(немає)',
	mappingPreview: 'Перші рядки, як їх буде прочитано',
	mappingDateRead: 'Прочитана дата',
	mappingBadDate: '«{value}» — це не дата, записана таким способом',
	mappingProblems: 'Цю відповідність поки що не можна застосувати:',
	mappingNoColumn: '{field}: у таблиці немає стовпця «{column}».',
	mappingNoPlaceholder:
		'{field}: шаблон не називає жодного стовпця; запишіть його у фігурних дужках, напр. {example}.',
	mappingHalfCoordinates: 'Виберіть і стовпець широти, і стовпець довготи, або жоден.',
	mappingApply: 'Застосувати',
	mappingCancel: 'Скасувати',
	mappingApplying: 'Читаємо таблицю за цією відповідністю…'
} satisfies Translation<typeof english>;
