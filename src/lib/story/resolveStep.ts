import type { Story } from './model';

/**
 * The step an address or a host names: a step id, else a whole number n for the n-th step
 * (counting from 1). Returns the step's index, or -1.
 */
export function resolveStep(story: Story | undefined, value: string | number): number {
	if (!story) return -1;
	if (typeof value === 'string') {
		const byId = story.steps.findIndex((step) => step.id === value);
		if (byId !== -1) return byId;
		if (!/^\d{1,6}$/.test(value.trim())) return -1;
		value = Number(value.trim());
	}
	if (!Number.isInteger(value) || value < 1 || value > story.steps.length) return -1;
	return value - 1;
}
