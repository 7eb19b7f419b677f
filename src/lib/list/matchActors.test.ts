import { describe, expect, it } from 'vitest';
import { actorIndex, matchActors } from './matchActors';

const actors = ['Volodymyr Zelenskyy', 'Ursula von der Leyen', 'Zoran Zaev', 'Émile Zola', 'NATO'];
const index = actorIndex(actors);

describe('matchActors', () => {
	it.each([
		{ query: '', limit: 50, expected: { actors, count: 5 } },
		{
			query: 'z',
			limit: 50,
			expected: { actors: ['Zoran Zaev', 'Volodymyr Zelenskyy', 'Émile Zola'], count: 3 }
		},
		{ query: '  ZEL ', limit: 50, expected: { actors: ['Volodymyr Zelenskyy'], count: 1 } },
		{ query: 'emile', limit: 50, expected: { actors: ['Émile Zola'], count: 1 } },
		{ query: 'z', limit: 2, expected: { actors: ['Zoran Zaev', 'Volodymyr Zelenskyy'], count: 3 } },
		{ query: 'nobody', limit: 50, expected: { actors: [], count: 0 } }
	])('matchActors(index, "$query", $limit)', ({ query, limit, expected }) => {
		expect(matchActors(index, query, limit)).toEqual(expected);
	});

	it('matchActors counts every match exactly among 10,000 actors but lists only the limit', () => {
		const many = Array.from({ length: 10_000 }, (_, i) => `Actor ${String(i).padStart(5, '0')}`);
		const result = matchActors(actorIndex(many), 'actor 01', 50);
		expect(result.count).toBe(1_000);
		expect(result.actors).toHaveLength(50);
		expect(result.actors[0]).toBe('Actor 01000');
	});
});
