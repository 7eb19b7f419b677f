import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from './languages';

const failing = new Set<Language>();
vi.mock('./languagePack', async (importActual) => {
	const actual = await importActual<typeof import('./languagePack')>();
	return {
		...actual,
		loadLanguagePack: (language: Language) =>
			failing.has(language)
				? Promise.reject(new Error('offline'))
				: actual.loadLanguagePack(language)
	};
});

const { I18n } = await import('./I18n.svelte');

afterEach(() => failing.clear());

describe('I18n', () => {
	it('starts in English, with English dates', () => {
		const i18n = new I18n();
		expect(i18n.language).toBe('en');
		expect(i18n.t('timeline_play')).toBe('Play');
		expect(i18n.locale.code).toBe('en-GB');
	});

	it('switches strings and dates together once a language has loaded', async () => {
		const i18n = new I18n();
		const switching = i18n.use('uk');
		expect(i18n.language).toBe('en');
		expect(await switching).toBe(true);
		expect(i18n.language).toBe('uk');
		expect(i18n.t('timeline_play')).toBe('Відтворити');
		expect(i18n.locale.code).toBe('uk');
	});

	it('shows the last language asked for when requests overlap', async () => {
		const i18n = new I18n();
		const [first, second] = await Promise.all([i18n.use('uk'), i18n.use('mk')]);
		expect([first, second]).toEqual([false, true]);
		expect(i18n.language).toBe('mk');
	});

	it('keeps the language it shows when another cannot load', async () => {
		const i18n = new I18n();
		await i18n.use('uk');
		failing.add('mk');
		expect(await i18n.use('mk')).toBe(false);
		expect(i18n.language).toBe('uk');
		expect(i18n.t('timeline_play')).toBe('Відтворити');
	});

	it('shows an unknown key as itself rather than nothing', async () => {
		const i18n = new I18n();
		await i18n.use('uk');
		expect(i18n.t('no_such_key')).toBe('no_such_key');
	});

	it("keeps the editor's English out of the viewer, and gives it to an I18n that asks", () => {
		expect(new I18n().t('draftButton')).toBe('draftButton');
		const editing = new I18n({ draftButton: 'Draft events' });
		expect(editing.t('draftButton')).toBe('Draft events');
		expect(editing.t('timeline_play')).toBe('Play');
	});

	it('adds the English of a part loaded later, keeping what it had', () => {
		const i18n = new I18n({ draftButton: 'Draft events' });
		expect(i18n.t('mappingApply')).toBe('mappingApply');
		i18n.addEnglish({ mappingApply: 'Apply' });
		expect(i18n.t('mappingApply')).toBe('Apply');
		expect(i18n.t('draftButton')).toBe('Draft events');
		expect(i18n.t('timeline_play')).toBe('Play');
	});
});
