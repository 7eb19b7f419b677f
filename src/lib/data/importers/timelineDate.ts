export type TimelineDate = { ok: true; date?: string } | { ok: false; message: string };

/** Given: neither absent, null nor blank. Never calls String() on data, which a `toString` key breaks. */
const given = (value: unknown) =>
	typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;

/**
 * Joins TimelineJS's separate year, month and day (numbers or text; '' means "not given") into a
 * Chronomap date whose precision is what was given. Day validity is left to the shared parser.
 */
export function timelineDate(year: unknown, month: unknown, day: unknown): TimelineDate {
	if (!given(year)) {
		if (given(month) || given(day)) return { ok: false, message: 'has a month or day but no year' };
		return { ok: true };
	}
	const y = wholeNumber(year);
	if (y === null) return { ok: false, message: `year ${quote(year)} is not a whole number` };
	if (Math.abs(y) > 9999) {
		return { ok: false, message: `year ${y} is outside the years Chronomap shows (-9999 to 9999)` };
	}
	const yearText = (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
	if (!given(month)) {
		return given(day)
			? { ok: false, message: 'has a day but no month' }
			: { ok: true, date: yearText };
	}
	const m = wholeNumber(month);
	if (m === null || m < 1 || m > 12) {
		return { ok: false, message: `month ${quote(month)} is not a number from 1 to 12` };
	}
	const monthText = `${yearText}-${String(m).padStart(2, '0')}`;
	if (!given(day)) return { ok: true, date: monthText };
	const d = wholeNumber(day);
	if (d === null || d < 1 || d > 31) {
		return { ok: false, message: `day ${quote(day)} is not a number from 1 to 31` };
	}
	return { ok: true, date: `${monthText}-${String(d).padStart(2, '0')}` };
}

function wholeNumber(value: unknown): number | null {
	if (typeof value === 'number') return Number.isInteger(value) ? value : null;
	if (typeof value !== 'string' || !/^\s*[+-]?\d{1,12}\s*$/.test(value)) return null;
	return Number(value);
}

function quote(value: unknown): string {
	const text =
		typeof value === 'string' ? value : typeof value === 'number' ? String(value) : typeof value;
	return `"${text.length > 20 ? `${text.slice(0, 20)}…` : text}"`;
}
