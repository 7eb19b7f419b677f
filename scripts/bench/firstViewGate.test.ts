import { describe, expect, it } from 'vitest';
import { SLACK_BYTES, checkFirstViewGate } from './firstViewGate';

const recorded = { gzipBytes: 100_000, recorded: '2026-12-02' };

describe('checkFirstViewGate', () => {
	it.each([
		{ name: 'smaller than recorded', measured: 90_000, pass: true },
		{ name: 'equal to recorded', measured: 100_000, pass: true },
		{ name: 'grown by exactly the slack', measured: 100_000 + SLACK_BYTES, pass: true },
		{ name: 'grown by one byte more than the slack', measured: 100_001 + SLACK_BYTES, pass: false }
	])('checkFirstViewGate(measured, recorded): $name', ({ measured, pass }) => {
		const before = structuredClone(recorded);
		const result = checkFirstViewGate(measured, recorded);
		expect(result.pass).toBe(pass);
		expect(result.message).toMatch(/recorded/);
		expect(recorded).toEqual(before);
	});

	it('says what to do when it fails', () => {
		expect(checkFirstViewGate(200_000, recorded).message).toMatch(/record the new figure/);
	});
});
