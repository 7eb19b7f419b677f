import { describe, expect, it } from 'vitest';
import { sourceLine } from './sourceLine';

describe('sourceLine', () => {
	it.each([
		{ source: { title: 'A' }, expected: 'A' },
		{
			source: { title: 'A', author: 'B', publisher: 'C', published: '2023-11-27' },
			expected: 'A, B, C, 2023-11-27'
		},
		{ source: { title: 'A', author: ' ', publisher: 'C' }, expected: 'A, C' }
	])('sourceLine($source) is "$expected"', ({ source, expected }) => {
		expect(sourceLine(source)).toBe(expected);
	});
});
