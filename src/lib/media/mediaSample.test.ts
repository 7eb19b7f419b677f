import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parseDataset';
import { readFixture } from '$lib/data/testing/readFixture';
import { placeMedia } from './placeMedia';

const base = 'https://maps.example/examples/media.json';

describe('static/examples/media.json', () => {
	const { dataset, problems } = parseDataset(readFixture('examples/media.json'));

	it('reads without a single problem', () => {
		expect(problems).toEqual([]);
		expect(dataset?.events).toHaveLength(5);
	});

	it('holds an own gallery, own sound with captions, two players and a link', () => {
		const sources = Object.fromEntries(
			dataset!.events.map((event) => [
				event.id,
				placeMedia(event.media ?? [], base, 'https://maps.example', undefined).map(
					({ item, source, tracks }) =>
						`${item.kind} ${source.type}${tracks.length ? ' +captions' : ''}`
				)
			])
		);
		expect(sources).toEqual({
			gallery: ['image own', 'image own', 'image own'],
			tone: ['audio own +captions'],
			youtube: ['video player'],
			vimeo: ['video player'],
			'x-post': ['embed link']
		});
	});
});
