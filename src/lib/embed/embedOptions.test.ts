import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from './embedOptions';

describe('parseEmbedOptions', () => {
	const table = [
		{
			search: '',
			expected: { controls: true, autoplay: false, list: false, origins: [], autosize: false }
		},
		{
			search: 'controls=0&autoplay=1&list=1&autosize=1',
			expected: { controls: false, autoplay: true, list: true, origins: [], autosize: true }
		},
		{
			search: 'origin=https://a.example&origin=https://b.example',
			expected: {
				controls: true,
				autoplay: false,
				list: false,
				origins: ['https://a.example', 'https://b.example'],
				autosize: false
			}
		},
		{
			search: 'controls=maybe&origin=nonsense',
			expected: { controls: true, autoplay: false, list: false, origins: [], autosize: false }
		}
	];
	it.each(table)('reads "$search"', ({ search, expected }) => {
		expect(parseEmbedOptions(new URLSearchParams(search))).toEqual(expected);
	});
});
