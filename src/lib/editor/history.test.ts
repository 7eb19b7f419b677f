import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './history';

describe('history', () => {
	it('record then undo returns the earlier state, redo the later one', () => {
		const start = startHistory('a');
		const changed = record(record(start, 'b'), 'c');
		expect(changed.present).toBe('c');
		expect(undo(changed).present).toBe('b');
		expect(undo(undo(changed)).present).toBe('a');
		expect(redo(undo(undo(changed))).present).toBe('b');
	});

	it.each([
		{ name: 'undo with nothing to undo', run: () => undo(startHistory(1)) },
		{ name: 'redo with nothing to redo', run: () => redo(startHistory(1)) }
	])('$name keeps the state', ({ run }) => {
		expect(run()).toEqual({ past: [], present: 1, future: [] });
	});

	it('a new change after an undo drops the redo', () => {
		const undone = undo(record(startHistory('a'), 'b'));
		const changed = record(undone, 'x');
		expect(changed.future).toEqual([]);
		expect(redo(changed).present).toBe('x');
	});

	it('recording the same value is not a step', () => {
		const start = startHistory('a');
		expect(record(start, 'a')).toBe(start);
	});

	it('forgets the oldest steps past the limit', () => {
		let history = startHistory(0);
		for (let step = 1; step <= 10; step++) history = record(history, step, 3);
		expect(history.past).toEqual([7, 8, 9]);
	});

	it('does not mutate the history it is given', () => {
		const start = record(startHistory('a'), 'b');
		const copy = structuredClone(start);
		undo(start);
		record(start, 'c');
		expect(start).toEqual(copy);
	});
});
