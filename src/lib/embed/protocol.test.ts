import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCommand } from './protocol';

/** The commands docs/embedding.md documents, with a check for each value. */
const DOCUMENTED: Record<string, Record<string, (value: unknown) => boolean>> = {
	'chronomap:select': {
		id: (id) => id === null || (typeof id === 'string' && id.length > 0 && id.length <= 500)
	},
	'chronomap:setTime': {
		t: (t) =>
			typeof t === 'string' &&
			/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/.test(t)
	},
	'chronomap:play': {},
	'chronomap:pause': {},
	'chronomap:autosize': {},
	'chronomap:step': {
		step: (step) =>
			(typeof step === 'string' && step.length > 0) ||
			(typeof step === 'number' && Number.isInteger(step) && step >= 1)
	}
};

describe('parseCommand', () => {
	const accepted = [
		{ data: { type: 'chronomap:select', id: 'crimea-referendum-2014' } },
		{ data: { type: 'chronomap:select', id: null } },
		{ data: { type: 'chronomap:setTime', t: '2019-02-06' } },
		{ data: { type: 'chronomap:setTime', t: '2022-02-24T04:50+02:00' } },
		{ data: { type: 'chronomap:setTime', t: '2022-02-24T02:50:10Z' } },
		{ data: { type: 'chronomap:play' } },
		{ data: { type: 'chronomap:pause' } },
		{ data: { type: 'chronomap:autosize' } },
		{ data: { type: 'chronomap:step', step: 'crimea' } },
		{ data: { type: 'chronomap:step', step: 3 } }
	];
	it.each(accepted)('accepts $data.type', ({ data }) => {
		expect(parseCommand(data)).toEqual(data);
	});

	const refused = [
		{ name: 'a string', data: 'chronomap:play' },
		{ name: 'null', data: null },
		{ name: 'an array', data: [{ type: 'chronomap:play' }] },
		{ name: 'an unknown type', data: { type: 'chronomap:explode' } },
		{ name: 'an unprefixed type', data: { type: 'select', id: 'x' } },
		{ name: 'select without id', data: { type: 'chronomap:select' } },
		{ name: 'select with a numeric id', data: { type: 'chronomap:select', id: 7 } },
		{ name: 'select with an empty id', data: { type: 'chronomap:select', id: '' } },
		{ name: 'select with a huge id', data: { type: 'chronomap:select', id: 'x'.repeat(501) } },
		{ name: 'select with extra keys', data: { type: 'chronomap:select', id: 'x', html: '<b>' } },
		{ name: 'setTime with a month', data: { type: 'chronomap:setTime', t: '2019-02' } },
		{
			name: 'setTime with a time but no offset',
			data: { type: 'chronomap:setTime', t: '2022-02-24T04:50' }
		},
		{ name: 'setTime with a number', data: { type: 'chronomap:setTime', t: 1549411200000 } },
		{ name: 'step zero', data: { type: 'chronomap:step', step: 0 } },
		{ name: 'step 1.5', data: { type: 'chronomap:step', step: 1.5 } },
		{ name: 'step with an empty id', data: { type: 'chronomap:step', step: '' } },
		{ name: 'step without a step', data: { type: 'chronomap:step' } },
		{
			name: 'a step message echoed back',
			data: { type: 'chronomap:step', step: 2, id: 'crimea' }
		},
		{ name: 'play with extra keys', data: { type: 'chronomap:play', speed: 4 } },
		{
			name: 'an outgoing message echoed back',
			data: { type: 'chronomap:ready', version: 1, events: 3 }
		},
		{
			name: 'a class instance',
			data: Object.assign(new (class X {})(), { type: 'chronomap:play' })
		}
	];
	it.each(refused)('refuses $name', ({ data }) => {
		expect(parseCommand(data)).toBeNull();
	});

	it('never throws and accepts only documented shapes', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record(
						{
							type: fc.constantFrom(...Object.keys(DOCUMENTED)),
							id: fc.oneof(fc.string(), fc.constant(null), fc.anything()),
							t: fc.oneof(fc.constantFrom('2019-02-06', '2019-02'), fc.string()),
							step: fc.oneof(fc.integer(), fc.string())
						},
						{ requiredKeys: ['type'] }
					)
				),
				(data) => {
					const command = parseCommand(data);
					if (!command) return;
					// An accepted command is exactly one of the documented shapes, and is the input.
					const shape = DOCUMENTED[command.type];
					expect(Object.keys(command).sort()).toEqual(['type', ...Object.keys(shape)].sort());
					for (const [key, check] of Object.entries(shape))
						expect(check((command as Record<string, unknown>)[key])).toBe(true);
					expect(command).toEqual(data);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
