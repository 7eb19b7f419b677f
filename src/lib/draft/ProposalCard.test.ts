import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { draftEvents } from './draftEvents';
import DraftPanel from './DraftPanel.svelte';
import ProposalCard from './ProposalCard.svelte';
import WithI18n from './testing/WithI18n.svelte';

const [proposal] = draftEvents(
	'On November 21, Jens Stoltenberg told reporters <b>there</b> was no threat.',
	{
		published: '2023-11-27'
	}
);

describe('ProposalCard', () => {
	const { body } = render(WithI18n, {
		props: { component: ProposalCard, props: { proposal, onaccept() {}, ondiscard() {} } }
	});

	it('marks the proposal with its date and quotes the sentence in a blockquote, as text', () => {
		expect(body).toMatch(/data-proposal="p1"[^>]*data-date="2023-11-21"/);
		expect(body).toMatch(
			/<blockquote[^>]*>On November 21, Jens Stoltenberg told reporters &lt;b>there&lt;\/b> was no threat\.<\/blockquote>/
		);
	});

	it('names Accept and Discard after the proposal title', () => {
		expect(body).toMatch(
			/aria-label="Accept: On November 21, Jens Stoltenberg[^"]*"[^>]*>Accept<\/button>/
		);
		expect(body).toMatch(/aria-label="Discard: On November 21[^"]*"[^>]*>Discard<\/button>/);
	});

	it('offers the date, title, actor and kind for editing', () => {
		for (const label of ['Date', 'Title', 'Actor', 'Kind'])
			expect(body).toContain(`>${label}</label>`);
		expect(body).toContain('value="Jens Stoltenberg"');
		expect(body).toMatch(/<option value="statement"[^>]*selected/);
	});
});

describe('DraftPanel', () => {
	it('labels the article text, the publication date and the Draft events button', () => {
		const { body } = render(WithI18n, {
			props: { component: DraftPanel, props: { onaccept() {} } }
		});
		expect(body).toMatch(
			/<label for="([^"]+)-text">Article text<\/label>\s*<textarea id="\1-text"/
		);
		expect(body).toMatch(
			/<label for="([^"]+)-published">Publication date<\/label>\s*<input id="\1-published" type="date"/
		);
		expect(body).toMatch(/<button type="submit"[^>]*>Draft events<\/button>/);
	});
});
