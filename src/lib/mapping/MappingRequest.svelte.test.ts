import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '$lib/data/schema';
import type { TableSample } from '$lib/data/importers/sampleTable';
import type { MappingStep } from './loadMappingStep';
import { MappingRequest } from './MappingRequest.svelte';

const table: TableSample = { headers: ['what', 'when'], rows: [], delimiter: ',' };
const mapping = { title: 'what', date: { column: 'when', form: 'iso' } } as ColumnMapping;
const step = { Mapping: (() => {}) as unknown, props: {} } as MappingStep;
const loads = () => Promise.resolve(step);

describe('MappingRequest', () => {
	it('shows the dialog, resolves with the mapping applied, and closes when done', async () => {
		const request = new MappingRequest(loads);
		const answer = request.ask(table, 'table.csv');
		await Promise.resolve();
		await Promise.resolve();
		expect(request.step?.name).toBe('table.csv');
		request.apply(mapping);
		expect(request.applying).toBe(true);
		await expect(answer).resolves.toBe(mapping);
		request.done();
		expect(request.step).toBeNull();
		expect(request.applying).toBe(false);
	});

	it('resolves with null and closes when the reader cancels', async () => {
		const request = new MappingRequest(loads);
		const answer = request.ask(table, 'table.csv');
		await Promise.resolve();
		await Promise.resolve();
		request.cancel();
		await expect(answer).resolves.toBeNull();
		expect(request.step).toBeNull();
	});

	it('gives up an older question when a newer table asks', async () => {
		const request = new MappingRequest(loads);
		const older = request.ask(table, 'old.csv');
		await Promise.resolve();
		await Promise.resolve();
		const newer = request.ask(table, 'new.csv');
		await expect(older).resolves.toBeNull();
		await Promise.resolve();
		expect(request.step?.name).toBe('new.csv');
		request.apply(mapping);
		await expect(newer).resolves.toBe(mapping);
	});

	it('resolves with null when the dialog cannot load', async () => {
		const request = new MappingRequest(() => Promise.reject(new Error('offline')));
		await expect(request.ask(table, 'table.csv')).resolves.toBeNull();
		expect(request.step).toBeNull();
	});
});
