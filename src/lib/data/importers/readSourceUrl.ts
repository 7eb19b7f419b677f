import type { Problem } from '../model';
import { safeHttpUrl } from '../safeHttpUrl';

/** A source link from a bare URL, titled by its host; anything but http(s) is left out and reported. */
export function readSourceUrl(value: unknown, label: string, field: string, problems: Problem[]) {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const url = safeHttpUrl(value);
	if (url) return { title: new URL(url).hostname || url, url };
	const message = `"${value.trim().slice(0, 60)}" is not an http(s) link, so it was left out`;
	problems.push({ row: label, field, message, severity: 'warning' });
	return undefined;
}
