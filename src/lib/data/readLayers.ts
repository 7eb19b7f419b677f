import * as v from 'valibot';
import { endOf, parseCalendarDate, startOf } from '$lib/time/calendarDate';
import { referenceSets, REFERENCE_SET_IDS } from '$lib/layers/referenceSets';
import { describeIssues, rowName } from './describeIssues';
import { LIMITS } from './limits';
import type { Layer, Member, Membership, Problem } from './model';
import { LayerSchema, MemberSchema, MembershipSchema } from './schema';
import { readGeometry } from './readGeometry';

const error = (row: string, field: string, message: string): Problem => ({
	row,
	field,
	message,
	severity: 'error'
});

function day(value: string | undefined, row: string, field: string, problems: Problem[]) {
	if (value === undefined) return undefined;
	const parsed = parseCalendarDate(value);
	if (!parsed.ok) problems.push(error(row, field, parsed.reason));
	return parsed.ok ? parsed.date : null;
}

/**
 * Reads the dataset's layers: each is checked on its own, bad ones are dropped and reported, and
 * the geometry of all of them together may hold at most LIMITS.layerVertices coordinate pairs.
 */
export function readLayers(rows: unknown[], problems: Problem[]): Layer[] {
	if (rows.length > LIMITS.layers) {
		const message = `has ${rows.length} layers: only the first ${LIMITS.layers} are read`;
		problems.push(error('file', 'layers', message));
	}
	const seen = new Set<string>();
	const layers: Layer[] = [];
	let budget: number = LIMITS.layerVertices;
	rows.slice(0, LIMITS.layers).forEach((raw, index) => {
		const row = rowName('layer', raw, index);
		const parsed = v.safeParse(LayerSchema, raw);
		if (!parsed.success) return void problems.push(...describeIssues(parsed.issues, row));
		const layer = parsed.output;
		if (seen.has(layer.id))
			return void problems.push(error(row, 'id', "repeats an earlier layer's id"));
		const given = (['geometry', 'geojson', 'ref'] as const).filter(
			(key) => layer[key] !== undefined
		);
		if (given.length !== 1) {
			const message = given.length
				? `gives ${given.join(' and ')}: give only one of geometry, geojson or ref`
				: 'needs its shape: give geometry, geojson or ref';
			return void problems.push(error(row, given[1] ?? 'geometry', message));
		}
		const date = day(layer.date, row, 'date', problems);
		const end = day(layer.end, row, 'end', problems);
		if (date === null || end === null) return;
		const start = date ? startOf(date) : -Infinity;
		const stop = end ? endOf(end) : Infinity;
		if (stop <= start)
			return void problems.push(error(row, 'end', `${layer.end} is before the date ${layer.date}`));
		let geometries: Layer['geometries'] = [];
		if (given[0] !== 'ref') {
			const read = readGeometry(layer[given[0]], given[0], budget);
			if (!read.ok) return void problems.push(error(row, read.field, read.message));
			budget -= read.vertices;
			geometries = read.geometries;
		}
		seen.add(layer.id);
		layers.push({
			id: layer.id,
			title: layer.title,
			style: layer.style,
			note: layer.note || undefined,
			place: layer.place || undefined,
			date,
			end,
			start,
			stop,
			geometries,
			ref: layer.ref
		});
	});
	return layers;
}

/** Reads the membership sets: a reference set's id (`"nato"`) or a set listed in full. */
export function readMemberships(rows: unknown[], problems: Problem[]): Membership[] {
	const seen = new Set<string>();
	const sets: Membership[] = [];
	rows.forEach((raw, index) => {
		const row =
			typeof raw === 'string'
				? `membership "${raw.slice(0, 60)}"`
				: rowName('membership', raw, index);
		let set: { id: string; title: string; members: unknown[] };
		if (typeof raw === 'string') {
			if (!Object.hasOwn(referenceSets, raw)) {
				const message = `names no set the app ships (known: ${REFERENCE_SET_IDS.join(', ')})`;
				return void problems.push(error(row, '', message));
			}
			set = { id: raw, ...referenceSets[raw] };
		} else {
			const parsed = v.safeParse(MembershipSchema, raw);
			if (!parsed.success) return void problems.push(...describeIssues(parsed.issues, row));
			set = parsed.output;
		}
		if (seen.has(set.id))
			return void problems.push(error(row, 'id', "repeats an earlier set's id"));
		seen.add(set.id);
		const members = set.members
			.map((member, position) => readMember(member, row, `members.${position}`, problems))
			.filter((member): member is Member => member !== null);
		sets.push({ id: set.id, title: set.title, members });
	});
	return sets;
}

function readMember(raw: unknown, row: string, at: string, problems: Problem[]): Member | null {
	const parsed = v.safeParse(MemberSchema, raw);
	if (!parsed.success) {
		problems.push(
			...describeIssues(parsed.issues, row).map((problem) => ({
				...problem,
				field: problem.field ? `${at}.${problem.field}` : at
			}))
		);
		return null;
	}
	const joined = day(parsed.output.joined, row, `${at}.joined`, problems);
	const left = day(parsed.output.left, row, `${at}.left`, problems);
	if (!joined || left === null) return null;
	const start = startOf(joined);
	const stop = left ? endOf(left) : Infinity;
	if (stop <= start) {
		problems.push(error(row, `${at}.left`, `${parsed.output.left} is before joining`));
		return null;
	}
	return { country: parsed.output.country, start, stop, note: parsed.output.note || undefined };
}
