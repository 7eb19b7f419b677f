import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe as the specs run it: WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices.
 * Label-in-name (WCAG 2.5.3) is still marked experimental in axe, so it is switched on by name:
 * truncated labels broke it. `include` narrows the audit to one part of the page.
 */
export function audit(page: Page, include?: string): AxeBuilder {
	const builder = new AxeBuilder({ page });
	if (include) builder.include(include);
	return builder.options({
		runOnly: {
			type: 'tag',
			values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
		},
		rules: { 'label-content-name-mismatch': { enabled: true } }
	});
}

/** The serious and critical violations, each as "rule: the elements at fault". */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
	const results = await audit(page, include).analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
		);
}
