import type * as v from 'valibot';
import type { Problem } from './model';

/** Turns valibot's issues into problems that name a row and a field in plain words. */
export function describeIssues(
	issues: readonly v.BaseIssue<unknown>[],
	row: string,
	severity: Problem['severity'] = 'error'
): Problem[] {
	return issues.map((issue) => {
		const field = (issue.path ?? []).map((item) => String(item.key)).join('.');
		const missing = issue.input === undefined && issue.kind === 'schema';
		return {
			row,
			field,
			message: missing ? 'is missing' : issue.message,
			severity
		};
	});
}

/** How a row is named in problems: by its id when it has a usable one, else by position. */
export function rowName(kind: string, raw: unknown, index: number): string {
	const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
	if (typeof id === 'string' && id.trim() !== '') {
		const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
		return `${kind} "${shown}"`;
	}
	return `${kind} #${index + 1}`;
}
