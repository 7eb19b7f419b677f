import * as v from 'valibot';
import { describeIssues } from '$lib/data/describeIssues';
import { LIMITS } from '$lib/data/limits';
import { longest, optionalText, text } from '$lib/data/schema';
import type { Problem } from '$lib/data/model';
import { safeHttpUrl } from '$lib/data/safeHttpUrl';
import { instantOfParam } from '$lib/time/instantOfParam';
import { parseCalendarDate, startOf, endOf } from '$lib/time/calendarDate';
import type { Story, StoryStep } from './model';

const latitude = v.pipe(v.number('must be a number'), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number('must be a number'), v.minValue(-180), v.maxValue(180));

const StepSchema = v.object({
	id: v.pipe(
		text,
		v.regex(/^[^\s]+$/, 'must be one word without spaces (it is used in addresses as step=)')
	),
	title: text,
	text: v.optional(v.pipe(v.string('must be text'), longest), ''),
	event: optionalText,
	time: v.optional(v.string('must be a date written YYYY, YYYY-MM, YYYY-MM-DD or a date-time')),
	from: v.optional(v.string('must be a date')),
	to: v.optional(v.string('must be a date')),
	bounds: v.optional(
		v.tuple(
			[longitude, latitude, longitude, latitude],
			'must be [west, south, east, north] in degrees'
		)
	),
	layers: v.optional(v.array(v.string('must be a layer id'), 'must be a list of layer ids')),
	media: v.optional(v.object({ url: text, caption: optionalText, credit: optionalText }))
});

const StorySchema = v.object({
	title: optionalText,
	steps: v.array(v.unknown(), 'must be a list of steps')
});

const problem = (row: string, field: string, message: string, severity: Problem['severity']) => ({
	row,
	field,
	message,
	severity
});

/** The first instant of a date (`YYYY`, `YYYY-MM`, a day or a date-time), or null. */
function startOfText(value: string, last = false): number | null {
	const instant = instantOfParam(value);
	if (instant !== null && !last) return instant;
	const parsed = parseCalendarDate(value.trim());
	if (!parsed.ok) return null;
	return last ? endOf(parsed.date) : startOf(parsed.date);
}

/**
 * Reads the dataset's `story`: each step is checked on its own and a bad one is dropped and named
 * by its position and field; a step naming an unknown event is dropped, an unknown layer warned.
 */
export function readStory(
	raw: unknown,
	eventIds: ReadonlySet<string>,
	layerIds: ReadonlySet<string>,
	problems: Problem[]
): Story | undefined {
	if (raw === undefined) return undefined;
	const parsed = v.safeParse(StorySchema, raw);
	if (!parsed.success) {
		problems.push(...describeIssues(parsed.issues, 'story'));
		return undefined;
	}
	const rows = parsed.output.steps;
	if (rows.length > LIMITS.storySteps) {
		const message = `has ${rows.length} steps: only the first ${LIMITS.storySteps} are read`;
		problems.push(problem('story', 'steps', message, 'error'));
	}
	const seen = new Set<string>();
	const steps: StoryStep[] = [];
	rows.slice(0, LIMITS.storySteps).forEach((row, index) => {
		const name = `story step #${index + 1}`;
		const result = v.safeParse(StepSchema, row);
		if (!result.success) return void problems.push(...describeIssues(result.issues, name));
		const step = result.output;
		if (seen.has(step.id))
			return void problems.push(problem(name, 'id', "repeats an earlier step's id", 'error'));
		if (step.event !== undefined && !eventIds.has(step.event)) {
			const message = `names unknown event "${step.event.slice(0, 60)}"`;
			return void problems.push(problem(name, 'event', message, 'error'));
		}
		const out: StoryStep = { id: step.id, title: step.title, text: step.text.trim() };
		if (step.event) out.event = step.event;
		if (step.time !== undefined) {
			const time = startOfText(step.time);
			if (time === null)
				return void problems.push(
					problem(name, 'time', `"${step.time.slice(0, 40)}" is not a date`, 'error')
				);
			out.time = time;
		}
		if (step.from !== undefined || step.to !== undefined) {
			const from = step.from === undefined ? null : startOfText(step.from);
			const to = step.to === undefined ? null : startOfText(step.to, true);
			if (from === null || to === null || !(from < to)) {
				const message = 'from and to must both be dates, from before to';
				return void problems.push(problem(name, from === null ? 'from' : 'to', message, 'error'));
			}
			out.range = [from, to];
		}
		if (step.bounds) {
			const [west, south, east, north] = step.bounds;
			if (!(south < north) || west === east) {
				const message = 'must be [west, south, east, north] with south below north';
				return void problems.push(problem(name, 'bounds', message, 'error'));
			}
			out.bounds = step.bounds;
		}
		if (step.layers) {
			const unknown = step.layers.filter((id) => !layerIds.has(id));
			if (unknown.length) {
				const list = unknown.map((id) => `"${id.slice(0, 60)}"`).join(', ');
				problems.push(problem(name, 'layers', `names unknown layer ${list}`, 'warning'));
			}
			const known = step.layers.filter((id) => layerIds.has(id));
			if (known.length) out.layers = known;
		}
		if (step.media) {
			const url = safeHttpUrl(step.media.url);
			if (url) out.media = { ...step.media, url };
			else problems.push(problem(name, 'media.url', 'must be an http(s) address', 'warning'));
		}
		seen.add(step.id);
		steps.push(out);
	});
	if (steps.length === 0) return undefined;
	return { ...(parsed.output.title ? { title: parsed.output.title } : {}), steps };
}
