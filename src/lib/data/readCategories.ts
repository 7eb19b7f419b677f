import * as v from 'valibot';
import { describeIssues, rowName } from './describeIssues';
import { LIMITS } from './limits';
import type { Category, Problem } from './model';
import { CategorySchema } from './schema';
import { lowContrastBackdrops, readColor } from './categoryColor';

/**
 * The dataset's categories: bad rows and repeated ids dropped and reported, colours checked
 * (`#rgb`, `#rrggbb`, a CSS name) and warned about where they are too faint to see.
 */
export function readCategories(rows: unknown[] | undefined, problems: Problem[]): Category[] {
	if (!rows) return [];
	if (rows.length > LIMITS.categories) {
		problems.push({
			row: 'file',
			field: 'categories',
			message: `has ${rows.length} categories, more than the limit of ${LIMITS.categories}: only the first ${LIMITS.categories} are read`,
			severity: 'error'
		});
	}
	const seen = new Set<string>();
	const categories: Category[] = [];
	rows.slice(0, LIMITS.categories).forEach((raw, index) => {
		const row = rowName('category', raw, index);
		const result = v.safeParse(CategorySchema, raw);
		if (!result.success) {
			problems.push(...describeIssues(result.issues, row));
			return;
		}
		const { id, label, color } = result.output;
		if (seen.has(id)) {
			problems.push({
				row,
				field: 'id',
				message: "repeats an earlier category's id",
				severity: 'error'
			});
			return;
		}
		seen.add(id);
		categories.push({ id, label, ...checkedColor(color, row, problems) });
	});
	return categories;
}

function checkedColor(
	color: string | undefined,
	row: string,
	problems: Problem[]
): { color?: string } {
	if (color === undefined || color.trim() === '') return {};
	const hex = readColor(color);
	if (hex === null) {
		problems.push({
			row,
			field: 'color',
			message: `"${color.slice(0, 40)}" is not a colour written #rgb, #rrggbb or as a CSS colour name; a default colour is used`,
			severity: 'warning'
		});
		return {};
	}
	const faint = lowContrastBackdrops(hex);
	if (faint.length > 0) {
		const where = faint.map(({ name, ratio }) => `${name} (${ratio}:1)`).join(', ');
		problems.push({
			row,
			field: 'color',
			message: `${color.trim()} is hard to see against ${where}; aim for at least 3:1`,
			severity: 'warning'
		});
	}
	return { color: hex };
}
