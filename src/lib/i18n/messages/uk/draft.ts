/** Ukrainian strings of the article drafter (editor). */
import type { Translation } from '../translation';
import type { draft as english } from '../en/draft';

export const draft = {
	draftHeading: 'Чернетка подій зі статті',
	draftPrivacy: 'Текст залишається в цьому браузері й нікуди не надсилається.',
	draftArticleText: 'Текст статті',
	draftPublished: 'Дата публікації',
	draftArticleTitle: 'Заголовок статті (необов’язково)',
	draftAuthor: 'Автор (необов’язково)',
	draftPublisher: 'Видання (необов’язково)',
	draftUrl: 'Адреса статті (необов’язково)',
	draftButton: 'Скласти чернетку подій',
	draftNeedText: 'Спершу вставте текст статті.',
	draftNeedDate:
		'Укажіть дату публікації: вирази на кшталт «минулого четверга» відраховуються від неї.',
	draftCount: 'Пропозицій: {count}. Ніщо не стане даними, доки ви цього не приймете.',
	draftNone: 'Не знайдено жодного речення з датою.',
	proposalDate: 'Дата',
	proposalTitle: 'Назва',
	proposalActor: 'Учасник',
	proposalCarried: 'У цьому реченні немає дати: її взято з попереднього речення. Перевірте її.',
	proposalPlaces: 'Згадані місця: {places}',
	proposalAccept: 'Прийняти',
	proposalAcceptLabel: 'Прийняти: {title}',
	proposalDiscard: 'Відхилити',
	proposalDiscardLabel: 'Відхилити: {title}',
	proposalAccepted: 'Прийнято: {title}',
	proposalDiscarded: 'Відхилено: {title}',
	proposalLabel: 'Пропозиція: {title}'
} satisfies Translation<typeof english>;
