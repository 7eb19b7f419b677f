import type { MappedField, MappingProblem } from '$lib/data/importers/mapColumns';

/** The i18n key naming each mapped field, shared by the controls and the problems. */
export const FIELD_LABELS: Record<MappedField, string> = {
	title: 'mappingTitle',
	date: 'mappingDate',
	end: 'mappingEnd',
	time: 'mappingTime',
	place: 'mappingPlace',
	lat: 'mappingLat',
	lon: 'mappingLon',
	actor: 'mappingActor',
	category: 'mappingCategory',
	tags: 'mappingTags',
	note: 'mappingNote',
	source: 'mappingSource'
};

/** The example title template shown in hints. */
export const TEMPLATE_EXAMPLE = '{sub_event_type} in {location}';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A mapping problem in the reader's language. */
export function mappingProblemText(problem: MappingProblem, t: Translate): string {
	const field = t(FIELD_LABELS[problem.field]);
	if (problem.reason === 'no-column') {
		return t('mappingNoColumn', { field, column: problem.column });
	}
	if (problem.reason === 'no-placeholder') {
		return t('mappingNoPlaceholder', { field, example: '{headline}' });
	}
	return t('mappingHalfCoordinates');
}
