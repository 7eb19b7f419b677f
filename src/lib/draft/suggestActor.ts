/**
 * Suggests who speaks in a sentence and what kind of event it reports, from the verbs news
 * writing uses ("X said", "said X", "X told reporters", "according to X"). A suggestion only:
 * the author confirms or edits it before anything becomes data.
 */

import type { EventKind } from '$lib/data/schema';

const STATEMENT = [
	'said',
	'says',
	'told',
	'tells',
	'stated',
	'states',
	'announced',
	'announces',
	'declared',
	'declaring',
	'admitted',
	'acknowledged',
	'noted',
	'warned',
	'conceded',
	'responded',
	'added',
	'insisted',
	'maintained',
	'stressed',
	'emphasized',
	'emphasised',
	'wrote',
	'concluded',
	'highlighted',
	'pointed out',
	'confirmed',
	'denied'
];
const CLAIM = [
	'claimed',
	'claims',
	'alleged',
	'alleges',
	'accused',
	'accuses',
	'asserted',
	'contended'
];
const REPORT = ['reported', 'reports', 'revealed', 'reveals', 'published', 'according to'];

const VERBS = [...STATEMENT, ...CLAIM, ...REPORT]
	.map((verb) => verb.replace(' ', '\\s+'))
	.join('|');
/** A run of capitalised words (names, titles, outlets), allowing hyphens, apostrophes and initials. */
const NAME = "((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,5}[\\p{Lu}][\\p{L}'’.-]*)";
const BEFORE_VERB = new RegExp(
	`${NAME}(?:,[^,]{1,80},)?\\s+(?:has\\s+|had\\s+)?(?:${VERBS})\\b`,
	'u'
);
const AFTER_VERB = new RegExp(`\\b(?:said|says|told|added|wrote)\\s+${NAME}(?=[.,;]|$)`, 'u');
const LEADING_TITLES =
	/^(?:(?:The|A|An|On|In|At|Meanwhile|But|And|However|Although|While|When|As|If|After|Before|Later|Earlier|Then|[\p{Lu}][\p{L}]+day)\s+)+/u;

export interface Suggestion {
	actor?: string;
	kind: EventKind;
}

/** The likely actor and kind of a sentence; `event` when no reporting verb is found. */
export function suggestActor(sentence: string): Suggestion {
	const kind = kindOf(sentence);
	const match = BEFORE_VERB.exec(sentence) ?? AFTER_VERB.exec(sentence);
	const actor = match ? cleanName(match[1]) : undefined;
	return actor ? { actor, kind } : { kind };
}

function kindOf(sentence: string): EventKind {
	const lower = sentence.toLowerCase();
	const has = (verbs: string[]) =>
		verbs.some((verb) => new RegExp(`\\b${verb.replace(' ', '\\s+')}\\b`).test(lower));
	if (has(CLAIM)) return 'claim';
	if (has(REPORT)) return 'report';
	if (has(STATEMENT)) return 'statement';
	return 'event';
}

function cleanName(name: string): string | undefined {
	const cleaned = name
		.replace(LEADING_TITLES, '')
		.replace(/[’']s$/u, '')
		.trim();
	if (!cleaned || /^(?:I|We|He|She|They|It|This|That)$/.test(cleaned)) return undefined;
	return cleaned;
}
