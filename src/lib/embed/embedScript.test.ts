import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url));

describe('the host script', () => {
	const script = read('static/embed.js');

	it('is published unchanged as the versioned /embed.v1.js', () => {
		expect(read('static/embed.v1.js').equals(script)).toBe(true);
	});

	it('stays under 2 KB gzipped', () => {
		expect(gzipSync(script).length).toBeLessThan(2048);
	});

	it('has the Subresource Integrity hash that docs/embedding.md gives', () => {
		const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
		expect(read('docs/embedding.md').toString()).toContain(`integrity="${integrity}"`);
	});
});
