import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex, queryWords, search } from './searchIndex';

const documents = [
	'Crimea referendum\nSimferopol',
	'Referendums elsewhere',
	'Kyiv: statement by Zelensky',
	'Stoltenberg in Brussels\nNATO',
	'استفتاء القرم'
];
const index = buildSearchIndex(documents);
const found = (query: string) => {
	const flags = search(index, query);
	return flags === null ? null : [...flags.keys()].filter((at) => flags[at] === 1);
};

describe('search(index, query)', () => {
	it.each([
		['referendum', [0, 1]],
		['REFERENDUM', [0, 1]],
		['ref', [0, 1]],
		['ref crimea', [0]],
		['crimea ref', [0]],
		['simf', [0]],
		['kyïv', [2]],
		['zel kyiv', [2]],
		['nato brussels stolt', [3]],
		['endum', []],
		['referendum kyiv', []],
		['الاستفتاء', []],
		['استفتاء', [4]],
		['إستف', [4]],
		['zzz', []],
		['   ', null],
		['', null],
		['—', null]
	])('search(%j) finds %j', (query, expected) => {
		expect(found(query)).toEqual(expected);
	});

	it('a word repeated in the query or the document counts once', () => {
		expect(found('ref ref')).toEqual([0, 1]);
		const twice = buildSearchIndex(['nato nato', 'nat']);
		expect([...search(twice, 'nat nato')!]).toEqual([1, 0]);
	});

	it('does not mutate the documents and sorts its words', () => {
		const copy = [...documents];
		const built = buildSearchIndex(copy);
		expect(copy).toEqual(documents);
		expect(built.words).toEqual([...built.words].sort());
		expect(built.size).toBe(5);
	});
});

describe('queryWords', () => {
	it.each([
		['Kyiv  KYIV', ['kyiv']],
		['NATO-summit', ['nato', 'summit']]
	])('queryWords(%j) is %j', (query, expected) => {
		expect(queryWords(query)).toEqual(expected);
	});
});

describe('search agrees with reading every document', () => {
	it('for random documents and queries over a small alphabet', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[abc é]{0,12}$/), { maxLength: 30 }),
				fc.stringMatching(/^[abc é]{0,6}$/),
				(texts, query) => {
					const flags = search(buildSearchIndex(texts), query);
					const words = queryWords(query);
					if (words.length === 0) {
						expect(flags).toBeNull();
						return;
					}
					const naive = texts.map((text) => {
						const own = text.normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/);
						return words.every((word) => own.some((w) => w.startsWith(word))) ? 1 : 0;
					});
					expect([...flags!]).toEqual(naive);
				}
			)
		);
	});
});
