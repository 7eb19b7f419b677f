/** Albanian strings of the article drafter (editor). */
import type { Translation } from '../translation';
import type { draft as english } from '../en/draft';

export const draft = {
	draftHeading: 'Skicë ngjarjesh nga një artikull',
	draftPrivacy: 'Teksti mbetet në këtë shfletues dhe nuk dërgohet askund.',
	draftArticleText: 'Teksti i artikullit',
	draftPublished: 'Data e botimit',
	draftArticleTitle: 'Titulli i artikullit (opsional)',
	draftAuthor: 'Autori (opsional)',
	draftPublisher: 'Botuesi (opsional)',
	draftUrl: 'Adresa e artikullit (opsionale)',
	draftButton: 'Harto ngjarjet',
	draftNeedText: 'Së pari ngjitni tekstin e artikullit.',
	draftNeedDate: 'Jepni datën e botimit: shprehjet si “të enjten e kaluar” llogariten prej saj.',
	draftCount: 'Propozime: {count}. Asgjë nuk bëhet e dhënë pa e pranuar ju.',
	draftNone: 'Nuk u gjet asnjë fjali me datë.',
	proposalDate: 'Data',
	proposalTitle: 'Titulli',
	proposalActor: 'Aktori',
	proposalCarried:
		'Kjo fjali nuk ka datë: data është marrë nga një fjali e mëparshme. Kontrollojeni.',
	proposalPlaces: 'Vende të përmendura: {places}',
	proposalAccept: 'Prano',
	proposalAcceptLabel: 'Prano: {title}',
	proposalDiscard: 'Hidh poshtë',
	proposalDiscardLabel: 'Hidh poshtë: {title}',
	proposalAccepted: 'U pranua: {title}',
	proposalDiscarded: 'U hodh poshtë: {title}',
	proposalLabel: 'Propozim: {title}'
} satisfies Translation<typeof english>;
