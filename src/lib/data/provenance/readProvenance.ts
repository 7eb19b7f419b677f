import * as v from 'valibot';
import { compareCalendarDates, parseCalendarDate } from '$lib/time/calendarDate';
import { describeIssues } from '../describeIssues';
import type { Change, Dataset, Problem } from '../model';
import { ChangeSchema } from '../schema';

type Provenance = Pick<Dataset, 'updated' | 'changes' | 'license' | 'corrections'>;

interface RawProvenance {
	updated?: string;
	changes?: unknown[];
	license?: string;
	corrections?: string;
}

/**
 * Reads the dataset's update date and corrections log. A bad entry is dropped with a warning
 * rather than failing the file: the events are still worth showing without it.
 */
export function readProvenance(raw: RawProvenance, problems: Problem[]): Provenance {
	let updated = undefined;
	if (raw.updated !== undefined) {
		const parsed = parseCalendarDate(raw.updated);
		if (parsed.ok) updated = parsed.date;
		else
			problems.push({ row: 'file', field: 'updated', message: parsed.reason, severity: 'warning' });
	}
	const changes: Change[] = [];
	(raw.changes ?? []).forEach((entry, index) => {
		const row = `change #${index + 1}`;
		const result = v.safeParse(ChangeSchema, entry);
		if (!result.success) {
			problems.push(...describeIssues(result.issues, row, 'warning'));
			return;
		}
		const date = parseCalendarDate(result.output.date);
		if (!date.ok) {
			problems.push({ row, field: 'date', message: date.reason, severity: 'warning' });
			return;
		}
		changes.push({ date: date.date, text: result.output.text });
	});
	// Newest first, as a log is read; entries of one date keep the file's order.
	changes.sort((a, b) => compareCalendarDates(b.date, a.date));
	return {
		updated,
		changes: changes.length > 0 ? changes : undefined,
		license: raw.license || undefined,
		corrections: raw.corrections || undefined
	};
}
