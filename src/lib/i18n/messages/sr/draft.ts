/** Serbian (Cyrillic) strings of the article drafter (editor). */
import type { Translation } from '../translation';
import type { draft as english } from '../en/draft';

export const draft = {
	draftHeading: 'Нацрт догађаја из чланка',
	draftPrivacy: 'Текст остаје у овом прегледачу и никуда се не шаље.',
	draftArticleText: 'Текст чланка',
	draftPublished: 'Датум објављивања',
	draftArticleTitle: 'Наслов чланка (опционо)',
	draftAuthor: 'Аутор (опционо)',
	draftPublisher: 'Издавач (опционо)',
	draftUrl: 'Адреса чланка (опционо)',
	draftButton: 'Направи нацрт догађаја',
	draftNeedText: 'Прво налепите текст чланка.',
	draftNeedDate:
		'Унесите датум објављивања: изрази попут „прошлог четвртка“ рачунају се према њему.',
	draftCount: 'Предлози: {count}. Ништа не постаје податак док то не прихватите.',
	draftNone: 'Није пронађена ниједна реченица са датумом.',
	proposalDate: 'Датум',
	proposalTitle: 'Наслов',
	proposalActor: 'Актер',
	proposalCarried:
		'У овој реченици нема датума: датум је преузет из претходне реченице. Проверите га.',
	proposalPlaces: 'Поменута места: {places}',
	proposalAccept: 'Прихвати',
	proposalAcceptLabel: 'Прихвати: {title}',
	proposalDiscard: 'Одбаци',
	proposalDiscardLabel: 'Одбаци: {title}',
	proposalAccepted: 'Прихваћено: {title}',
	proposalDiscarded: 'Одбачено: {title}',
	proposalLabel: 'Предлог: {title}'
} satisfies Translation<typeof english>;
