import { describe, expect, it } from 'vitest';
import { instantOfParam } from './instantOfParam';

describe('instantOfParam', () => {
	it.each([
		{ text: '2022-02-24', expected: Date.UTC(2022, 1, 24) },
		{ text: '2022-02-24T02:50Z', expected: Date.UTC(2022, 1, 24, 2, 50) },
		{ text: '2022-02-24T04:50+02:00', expected: Date.UTC(2022, 1, 24, 2, 50) },
		{ text: '2022-02-24T04:50 02:00', expected: Date.UTC(2022, 1, 24, 2, 50) },
		{ text: '2022-02-24T04:50:30-01:00', expected: Date.UTC(2022, 1, 24, 5, 50, 30) }
	])('reads $text in TZ=' + process.env.TZ, ({ text, expected }) => {
		expect(instantOfParam(text)).toBe(expected);
	});
	it.each(['2022', '2022-02', '2022-02-24T04:50', '2022-02-24 04:50Z', '2022-02-30', null, 5])(
		'refuses %s',
		(text) => expect(instantOfParam(text)).toBeNull()
	);
});
