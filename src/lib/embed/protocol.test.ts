import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCommand } from './protocol';

describe('parseCommand', () => {
	const accepted = [
		{ data: { type: 'chronomap:select', id: 'crimea-referendum-2014' } },
		{ data: { type: 'chronomap:select', id: null } },
		{ data: { type: 'chronomap:setTime', t: '2019-02-06' } },
		{ data: { type: 'chronomap:setTime', t: '2022-02-24T04:50+02:00' } },
		{ data: { type: 'chronomap:setTime', t: '2022-02-24T02:50:10Z' } },
		{ data: { type: 'chronomap:play' } },
		{ data: { type: 'chronomap:pause' } },
		{ data: { type: 'chronomap:autosize' } }
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
			fc.property(fc.anything(), (data) => {
				const command = parseCommand(data);
				if (command) expect(command.type.startsWith('chronomap:')).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});
