/** English strings of the article drafter (editor). */
export const draft = {
	draftHeading: 'Draft events from an article',
	draftPrivacy: 'The text stays in this browser; nothing is sent anywhere.',
	draftArticleText: 'Article text',
	draftPublished: 'Publication date',
	draftArticleTitle: 'Article title (optional)',
	draftAuthor: 'Author (optional)',
	draftPublisher: 'Publisher (optional)',
	draftUrl: 'Article address (optional)',
	draftButton: 'Draft events',
	draftNeedText: 'Paste the article text first.',
	draftNeedDate: 'Give the publication date: phrases such as “last Thursday” are read against it.',
	draftCount: 'Proposals: {count}. Nothing becomes data until you accept it.',
	draftNone: 'No sentence with a date was found.',
	proposalDate: 'Date',
	proposalTitle: 'Title',
	proposalActor: 'Actor',
	proposalCarried:
		'This sentence names no date: the date comes from an earlier sentence. Check it.',
	proposalPlaces: 'Places named: {places}',
	proposalAccept: 'Accept',
	proposalAcceptLabel: 'Accept: {title}',
	proposalDiscard: 'Discard',
	proposalDiscardLabel: 'Discard: {title}',
	proposalAccepted: 'Accepted: {title}',
	proposalDiscarded: 'Discarded: {title}',
	proposalLabel: 'Proposal: {title}'
};
