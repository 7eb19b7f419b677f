import { describe, expect, it } from 'vitest';
import { serbianLatin } from './serbianLatin';
import { sr } from './messages/sr';
import { srLatn } from './messages/sr-Latn';

describe('serbianLatin', () => {
	it.each([
		{ cyrillic: 'Љубљана', expected: 'Ljubljana' },
		{ cyrillic: 'Њујорк', expected: 'Njujork' },
		{ cyrillic: 'Џеф', expected: 'Džef' },
		{ cyrillic: 'ЊЕГОШ', expected: 'NJEGOŠ' },
		{ cyrillic: 'НАТО-а', expected: 'NATO-a' },
		{ cyrillic: 'ђак, ћуприја, чаша, жаба, шума', expected: 'đak, ćuprija, čaša, žaba, šuma' },
		{ cyrillic: 'Догађаја: {count} („{name}”)', expected: 'Događaja: {count} („{name}”)' },
		{ cyrillic: 'Chronomap JSON', expected: 'Chronomap JSON' }
	])('serbianLatin($cyrillic) is $expected', ({ cyrillic, expected }) => {
		expect(serbianLatin(cyrillic)).toBe(expected);
	});

	it('sr-Latn says exactly what sr says, key for key, in Latin letters', () => {
		const cyrillic = sr as Record<string, string>;
		const latin = srLatn as Record<string, string>;
		expect(Object.keys(latin).sort()).toEqual(Object.keys(cyrillic).sort());
		const differing = Object.keys(cyrillic).filter(
			(key) => latin[key] !== serbianLatin(cyrillic[key])
		);
		expect(differing).toEqual([]);
	});

	it('leaves no Cyrillic letter in sr-Latn', () => {
		const withCyrillic = Object.entries(srLatn).filter(([, text]) =>
			/\p{Script=Cyrillic}/u.test(text)
		);
		expect(withCyrillic).toEqual([]);
	});
});
