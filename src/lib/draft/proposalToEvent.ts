/**
 * Turns an accepted proposal, with the author's edits, into an event row in the data format, so
 * the editor adds what the author saw and nothing else.
 */

import type { EventKind } from '$lib/data/schema';
import { uniqueSlug } from '$lib/data/importers/slugify';
import { parseCalendarDate } from '$lib/time/calendarDate';
import type { Proposal } from './draftEvents';

export interface DraftedEvent {
	id: string;
	title: string;
	date: string;
	notAfter?: string;
	kind: EventKind;
	actor?: string;
	quote: string;
	note: string;
	source?: Proposal['source'];
}

/** The author's edits to a proposal before accepting it. */
export type ProposalEdits = Partial<Pick<Proposal, 'date' | 'title' | 'actor' | 'kind'>>;

/** The proposal with edits applied; a changed date drops the span the drafter had read. */
export function applyEdits(proposal: Proposal, edits: ProposalEdits): Proposal {
	const date = edits.date?.trim() ?? proposal.date;
	const parsed = parseCalendarDate(date);
	const edited: Proposal = {
		...proposal,
		title: edits.title?.trim() || proposal.title,
		kind: edits.kind ?? proposal.kind,
		date,
		precision: parsed.ok ? parsed.date.precision : proposal.precision
	};
	if (edits.actor !== undefined) {
		const actor = edits.actor.trim();
		if (actor) edited.actor = actor;
		else delete edited.actor;
	}
	if (date !== proposal.date) delete edited.notAfter;
	return edited;
}

/** Why a proposal's date cannot be accepted as written, or null when it can. */
export function dateProblem(date: string): string | null {
	const parsed = parseCalendarDate(date);
	return parsed.ok ? null : parsed.reason;
}

/** The event row for a proposal; `usedIds` keeps ids unique and records the new one. */
export function proposalToEvent(proposal: Proposal, usedIds: Set<string>): DraftedEvent {
	const event: DraftedEvent = {
		id: uniqueSlug(proposal.title, 'drafted-event', usedIds),
		title: proposal.title,
		date: proposal.date,
		kind: proposal.kind,
		quote: proposal.quote,
		note: proposal.note
	};
	if (proposal.notAfter) event.notAfter = proposal.notAfter;
	if (proposal.actor) event.actor = proposal.actor;
	if (proposal.source) event.source = proposal.source;
	return event;
}
