import type { SourceRef } from '$lib/data/schema';

/** A source as one line of text for a caption or a picture: title, author, publisher, date. */
export function sourceLine(source: SourceRef): string {
	return [source.title, source.author, source.publisher, source.published]
		.filter((part): part is string => Boolean(part?.trim()))
		.join(', ');
}
