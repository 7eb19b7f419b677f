import { describe, expect, it } from 'vitest';
import { linkHost, safeHttpUrl } from './safeHttpUrl';

describe('safeHttpUrl(url)', () => {
	it.each([
		{ url: 'https://www.reuters.com/world/', expected: 'https://www.reuters.com/world/' },
		{ url: '  http://example.org/a?b#c ', expected: 'http://example.org/a?b#c' },
		{ url: 'https://example.org/@user', expected: 'https://example.org/@user' },
		{ url: 'https://reuters.com@evil.example/', expected: undefined },
		{ url: 'https://user:secret@example.org/', expected: undefined },
		{ url: 'https://:secret@example.org/', expected: undefined },
		{ url: 'javascript:alert(1)', expected: undefined },
		{ url: 'data:text/html,hi', expected: undefined },
		{ url: '/relative/path', expected: undefined },
		{ url: 42, expected: undefined }
	])('$url → $expected', ({ url, expected }) => {
		expect(safeHttpUrl(url)).toBe(expected);
	});
});

describe('linkHost(url)', () => {
	it.each([
		{ url: 'https://www.nato.int/cps/en/natohq/x.htm', expected: 'nato.int' },
		{ url: 'https://web.archive.org/web/2023/https://x.example/', expected: 'web.archive.org' },
		{ url: 'http://127.0.0.1:5200/a', expected: '127.0.0.1' },
		{ url: 'not a url', expected: '' }
	])('$url → $expected', ({ url, expected }) => {
		expect(linkHost(url)).toBe(expected);
	});
});
