import { describe, expect, it } from 'vitest';
import { draftEvents } from './draftEvents';
import { applyEdits, dateProblem, proposalToEvent } from './proposalToEvent';

const [proposal] = draftEvents('The envoy visited the capital last week, Anna Berg said.', {
	published: '2023-11-27',
	title: 'Envoy visits'
});

describe('applyEdits(proposal, edits)', () => {
	it('keeps the span the drafter read while the date is unchanged', () => {
		expect(applyEdits(proposal, { title: 'Envoy visit' })).toMatchObject({
			title: 'Envoy visit',
			date: '2023-11-20',
			notAfter: '2023-11-26'
		});
	});

	it('drops the span and takes the precision of a date the author wrote', () => {
		const edited = applyEdits(proposal, { date: '2023-11', actor: '' });
		expect(edited).toMatchObject({ date: '2023-11', precision: 'month' });
		expect(edited.notAfter).toBeUndefined();
		expect(edited.actor).toBeUndefined();
	});

	it('does not change the proposal it is given', () => {
		const before = structuredClone(proposal);
		applyEdits(proposal, { date: '2020', kind: 'claim', actor: 'X' });
		expect(proposal).toEqual(before);
	});
});

describe('dateProblem(date)', () => {
	it.each([
		['2023', null],
		['2023-11-21', null],
		['2023-02-30', 'is not a real date'],
		['21 November', 'is not written as']
	])('%s', (date, problem) => {
		const found = dateProblem(date);
		if (problem === null) expect(found).toBeNull();
		else expect(found).toContain(problem);
	});
});

describe('proposalToEvent(proposal, usedIds)', () => {
	it('writes an event row with a unique id, the verbatim quote, the note and the source', () => {
		const used = new Set(['envoy-visits-the-capital']);
		const event = proposalToEvent(
			applyEdits(proposal, { title: 'Envoy visits the capital' }),
			used
		);
		expect(event).toEqual({
			id: 'envoy-visits-the-capital-2',
			title: 'Envoy visits the capital',
			date: '2023-11-20',
			notAfter: '2023-11-26',
			kind: 'statement',
			actor: 'Anna Berg',
			quote: proposal.quote,
			note: proposal.note,
			source: { title: 'Envoy visits', published: '2023-11-27' }
		});
		expect(used.has('envoy-visits-the-capital-2')).toBe(true);
	});
});
