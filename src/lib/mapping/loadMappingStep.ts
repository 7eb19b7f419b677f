import type { Component, ComponentProps } from 'svelte';
import type { TableSample } from '$lib/data/importers/sampleTable';
import type ColumnMapping from './ColumnMapping.svelte';

type MappingProps = ComponentProps<typeof ColumnMapping>;

export interface MappingStep {
	Mapping: Component<MappingProps>;
	props: Pick<MappingProps, 'table' | 'initial' | 'saved'>;
}

/**
 * The mapping dialog and the mapping it starts from: the one saved in the open story when it
 * fits the table, else a guess from the column names. Its code is fetched only when a table
 * needs it, so the first view stays small.
 */
export async function loadMappingStep(
	table: TableSample,
	openStory: Readonly<Record<string, unknown>> | null = null
): Promise<MappingStep> {
	const [{ default: Mapping }, { guessMapping }, { savedMappingFor }] = await Promise.all([
		import('./ColumnMapping.svelte'),
		import('./guessMapping'),
		import('./savedMapping')
	]);
	const saved = savedMappingFor(openStory, table.headers);
	const initial = saved ?? guessMapping(table.headers, table.rows);
	return { Mapping, props: { table, initial, saved: saved !== undefined } };
}
