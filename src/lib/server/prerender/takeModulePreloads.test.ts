import { describe, expect, it } from 'vitest';
import { takeModulePreloads } from './takeModulePreloads';

describe('takeModulePreloads', () => {
	const cases: { name: string; html: string; rest: string; modules: string[] }[] = [
		{
			name: 'SvelteKit’s links, in order, with their lines',
			html: '<head>\n\t\t<link href="../_app/a.js" rel="modulepreload">\n\t\t<link href="../_app/b.js" rel="modulepreload">\n\t\t<link href="x.css" rel="stylesheet">\n</head>',
			rest: '<head>\n\t\t<link href="x.css" rel="stylesheet">\n</head>',
			modules: ['../_app/a.js', '../_app/b.js']
		},
		{
			name: 'attributes in any order',
			html: '<link rel="modulepreload" crossorigin href="./c.js"><p>',
			rest: '<p>',
			modules: ['./c.js']
		},
		{
			name: 'a link without an address is left as it is',
			html: '<link rel="modulepreload">',
			rest: '<link rel="modulepreload">',
			modules: []
		},
		{
			name: 'other links and text stay',
			html: '<link rel="preload" href="f.woff2"><p>rel="modulepreload"</p>',
			rest: '<link rel="preload" href="f.woff2"><p>rel="modulepreload"</p>',
			modules: []
		}
	];
	for (const { name, html, rest, modules } of cases) {
		it(name, () => {
			expect(takeModulePreloads(html)).toEqual({ html: rest, modules });
		});
	}

	it('takes a long page of links in linear time', () => {
		const html = '<link href="m.js" rel="modulepreload">'.repeat(20_000) + '<link '.repeat(20_000);
		const started = performance.now();
		expect(takeModulePreloads(html).modules).toHaveLength(20_000);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});
