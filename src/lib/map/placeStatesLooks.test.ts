import { describe, expect, it } from 'vitest';
import { changedPlaces, groupState, withLooks, type PlaceState } from './placeStates';

const state = (more: Partial<PlaceState> = {}): PlaceState => ({
	count: 1,
	active: true,
	selected: false,
	emphasised: false,
	...more
});

describe('withLooks(states, matched, colors)', () => {
	it('leaves states alone without a search or categories', () => {
		const states = new Map([['a', state()]]);
		expect(withLooks(states, null, null).get('a')).toEqual(state());
	});

	it('dims places the search does not match and colours by category', () => {
		const red = ['#ff0000'];
		const states = new Map([
			['a', state()],
			['b', state()]
		]);
		const looks = withLooks(states, new Set(['a']), new Map([['b', red]]));
		expect(looks.get('a')).toEqual(state({ dimmed: false }));
		expect(looks.get('b')).toEqual(state({ dimmed: true, colors: red }));
	});
});

describe('groupState with looks', () => {
	it.each([
		{ dims: [true, true], expected: true },
		{ dims: [true, false], expected: false }
	])('a cluster of places dimmed $dims is dimmed: $expected', ({ dims, expected }) => {
		const states = new Map(dims.map((dimmed, at) => [`p${at}`, state({ dimmed })]));
		expect(groupState(['p0', 'p1'], states).dimmed).toBe(expected);
	});

	it('gathers its places’ colours once each, in order', () => {
		const states = new Map([
			['a', state({ colors: ['#111111', '#222222'] })],
			['b', state({ colors: ['#222222', '#333333'] })],
			['c', state()]
		]);
		expect(groupState(['a', 'b', 'c'], states).colors).toEqual(['#111111', '#222222', '#333333']);
		expect(groupState(['c'], states).colors).toBeUndefined();
	});

	it('changedPlaces notices a place dimmed or recoloured', () => {
		const before = new Map([['a', state({ dimmed: false, colors: ['#111111'] })]]);
		expect(
			changedPlaces(
				before,
				new Map([['a', state({ dimmed: true, colors: before.get('a')!.colors })]])
			)
		).toEqual(['a']);
		expect(
			changedPlaces(before, new Map([['a', state({ dimmed: false, colors: ['#111111'] })]]))
		).toEqual(['a']);
		expect(
			changedPlaces(
				before,
				new Map([['a', state({ dimmed: false, colors: before.get('a')!.colors })]])
			)
		).toEqual([]);
	});
});
