import { describe, expect, it } from 'vitest';
import { simplifyLine } from './simplifyLine';

describe('simplifyLine', () => {
	const cases = [
		{
			name: 'drops points on a straight line',
			line: [
				[0, 0],
				[1, 0],
				[2, 0],
				[3, 0]
			],
			tolerance: 0.01,
			expected: [
				[0, 0],
				[3, 0]
			]
		},
		{
			name: 'drops a wiggle smaller than the tolerance',
			line: [
				[0, 0],
				[1, 0.005],
				[2, 0]
			],
			tolerance: 0.01,
			expected: [
				[0, 0],
				[2, 0]
			]
		},
		{
			name: 'keeps a corner larger than the tolerance',
			line: [
				[0, 0],
				[1, 1],
				[2, 0]
			],
			tolerance: 0.01,
			expected: [
				[0, 0],
				[1, 1],
				[2, 0]
			]
		},
		{
			name: 'keeps a closed ring closed and its far corner',
			line: [
				[0, 0],
				[0, 1],
				[0, 2],
				[2, 2],
				[2, 0],
				[0, 0]
			],
			tolerance: 0.01,
			expected: [
				[0, 0],
				[0, 2],
				[2, 2],
				[2, 0],
				[0, 0]
			]
		},
		{
			name: 'returns a two-point line as it is',
			line: [
				[0, 0],
				[5, 5]
			],
			tolerance: 1,
			expected: [
				[0, 0],
				[5, 5]
			]
		}
	];
	it.each(cases)('simplifyLine $name', ({ line, tolerance, expected }) => {
		const before = structuredClone(line);
		expect(simplifyLine(line, tolerance)).toEqual(expected);
		expect(line).toEqual(before);
	});
});
