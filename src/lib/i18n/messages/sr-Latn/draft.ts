/** Serbian (Latin) strings of the article drafter (editor). */
import type { Translation } from '../translation';
import type { draft as english } from '../en/draft';

export const draft = {
	draftHeading: 'Nacrt događaja iz članka',
	draftPrivacy: 'Tekst ostaje u ovom pregledaču i nikuda se ne šalje.',
	draftArticleText: 'Tekst članka',
	draftPublished: 'Datum objavljivanja',
	draftArticleTitle: 'Naslov članka (opciono)',
	draftAuthor: 'Autor (opciono)',
	draftPublisher: 'Izdavač (opciono)',
	draftUrl: 'Adresa članka (opciono)',
	draftButton: 'Napravi nacrt događaja',
	draftNeedText: 'Prvo nalepite tekst članka.',
	draftNeedDate:
		'Unesite datum objavljivanja: izrazi poput „prošlog četvrtka“ računaju se prema njemu.',
	draftCount: 'Predlozi: {count}. Ništa ne postaje podatak dok to ne prihvatite.',
	draftNone: 'Nije pronađena nijedna rečenica sa datumom.',
	proposalDate: 'Datum',
	proposalTitle: 'Naslov',
	proposalActor: 'Akter',
	proposalCarried:
		'U ovoj rečenici nema datuma: datum je preuzet iz prethodne rečenice. Proverite ga.',
	proposalPlaces: 'Pomenuta mesta: {places}',
	proposalAccept: 'Prihvati',
	proposalAcceptLabel: 'Prihvati: {title}',
	proposalDiscard: 'Odbaci',
	proposalDiscardLabel: 'Odbaci: {title}',
	proposalAccepted: 'Prihvaćeno: {title}',
	proposalDiscarded: 'Odbačeno: {title}',
	proposalLabel: 'Predlog: {title}'
} satisfies Translation<typeof english>;
