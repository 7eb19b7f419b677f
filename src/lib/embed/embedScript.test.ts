import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url));
const integrity = (file: Buffer) => `sha384-${createHash('sha384').update(file).digest('base64')}`;

/** The hash published for /embed.v1.js: a pinned file never changes. */
const V1_INTEGRITY = 'sha384-8hLWXa7M8K+nQYfoBkUTz5+CFC+mpW0gy22m+3o3rJ3c4x5fO7PrTK6yVeot4qUB';

describe('the host script', () => {
	const script = read('static/embed.js');
	const docs = read('docs/embedding.md').toString();

	it('is published unchanged as the newest versioned file, /embed.v2.js', () => {
		expect(read('static/embed.v2.js').equals(script)).toBe(true);
	});

	it('stays under 2 KB gzipped', () => {
		expect(gzipSync(script).length).toBeLessThan(2048);
	});

	it.each(['static/embed.v1.js', 'static/embed.v2.js'])(
		'%s has the Subresource Integrity hash that docs/embedding.md gives',
		(path) => {
			expect(docs).toContain(`integrity="${integrity(read(path))}"`);
		}
	);

	it('never changes a published version: /embed.v1.js keeps its hash', () => {
		expect(integrity(read('static/embed.v1.js'))).toBe(V1_INTEGRITY);
	});
});
