import { describe, expect, it } from 'vitest';
import { ANY_ORIGIN } from './allowedOrigins';
import { parseEmbedOptions } from './embedOptions';

describe('parseEmbedOptions', () => {
	const table = [
		{
			search: '',
			expected: {
				controls: true,
				autoplay: false,
				list: false,
				origins: ANY_ORIGIN,
				autosize: false
			}
		},
		{
			search: 'controls=0&autoplay=1&list=1&autosize=1',
			expected: { controls: false, autoplay: true, list: true, origins: ANY_ORIGIN, autosize: true }
		},
		{
			search: 'origin=https://a.example&origin=https://b.example',
			expected: {
				controls: true,
				autoplay: false,
				list: false,
				origins: {
					origins: ['https://a.example', 'https://b.example'],
					refused: [],
					closed: false
				},
				autosize: false
			}
		},
		{
			search: 'controls=maybe&origin=nonsense',
			expected: {
				controls: true,
				autoplay: false,
				list: false,
				origins: { origins: [], refused: ['nonsense'], closed: true },
				autosize: false
			}
		}
	];
	it.each(table)('reads "$search"', ({ search, expected }) => {
		expect(parseEmbedOptions(new URLSearchParams(search))).toEqual(expected);
	});
});
