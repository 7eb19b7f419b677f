/**
 * Takes SvelteKit's module preload links out of the head. Fetched and compiled while the page is
 * parsed, the app's code held the first paint back (on two cores, 552 → 316 ms); the pre-paint
 * script asks for the same files once the first frame is under way, so none waits on another.
 */
export function takeModulePreloads(html: string): { html: string; modules: string[] } {
	const modules: string[] = [];
	// A tag ends at the next `<` or `>`, so no match runs on past it: linear in the page's length.
	const rest = html.replace(/[ \t]*<link\b[^<>]*>\n?/g, (tag) => {
		const href = /\bhref="([^"]*)"/.exec(tag)?.[1];
		if (!/\brel="modulepreload"/.test(tag) || href === undefined) return tag;
		modules.push(href);
		return '';
	});
	return { html: rest, modules };
}
