/** Macedonian strings of the article drafter (editor). */
import type { Translation } from '../translation';
import type { draft as english } from '../en/draft';

export const draft = {
	draftHeading: 'Нацрт на настани од напис',
	draftPrivacy: 'Текстот останува во овој прелистувач и не се испраќа никаде.',
	draftArticleText: 'Текст на написот',
	draftPublished: 'Датум на објавување',
	draftArticleTitle: 'Наслов на написот (незадолжително)',
	draftAuthor: 'Автор (незадолжително)',
	draftPublisher: 'Издавач (незадолжително)',
	draftUrl: 'Адреса на написот (незадолжително)',
	draftButton: 'Изготви нацрт на настани',
	draftNeedText: 'Прво залепете го текстот на написот.',
	draftNeedDate:
		'Внесете го датумот на објавување: изразите како „минатиот четврток“ се пресметуваат од него.',
	draftCount: 'Предлози: {count}. Ништо не станува податок додека не го прифатите.',
	draftNone: 'Не е пронајдена ниедна реченица со датум.',
	proposalDate: 'Датум',
	proposalTitle: 'Наслов',
	proposalActor: 'Учесник',
	proposalCarried:
		'Во оваа реченица нема датум: датумот е преземен од претходна реченица. Проверете го.',
	proposalPlaces: 'Спомнати места: {places}',
	proposalAccept: 'Прифати',
	proposalAcceptLabel: 'Прифати: {title}',
	proposalDiscard: 'Отфрли',
	proposalDiscardLabel: 'Отфрли: {title}',
	proposalAccepted: 'Прифатено: {title}',
	proposalDiscarded: 'Отфрлено: {title}',
	proposalLabel: 'Предлог: {title}'
} satisfies Translation<typeof english>;
