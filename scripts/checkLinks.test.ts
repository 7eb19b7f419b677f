import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, collectLinks, describeReport } from './checkLinks';

/** A local server (loopback only): a good page, a redirect, a dead page, one refusing HEAD. */
let server: Server;
let base = '';
beforeAll(async () => {
	server = createServer((request, response) => {
		if (request.url === '/good') response.writeHead(200).end('ok');
		else if (request.url === '/moved') response.writeHead(301, { location: '/good' }).end();
		else if (request.url === '/get-only')
			response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
		else response.writeHead(404).end('gone');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('checkLink(url)', () => {
	it('reports a good link', async () => {
		expect(await checkLink(`${base}/good`)).toEqual({
			url: `${base}/good`,
			status: 200,
			dead: false
		});
	});

	it('follows and reports a redirect', async () => {
		expect(await checkLink(`${base}/moved`)).toEqual({
			url: `${base}/moved`,
			status: 200,
			dead: false,
			redirectedTo: `${base}/good`
		});
	});

	it('reports a dead link', async () => {
		expect(await checkLink(`${base}/gone`)).toMatchObject({ status: 404, dead: true });
	});

	it('falls back to GET when HEAD is refused', async () => {
		expect(await checkLink(`${base}/get-only`)).toMatchObject({ status: 200, dead: false });
	});

	it('reports an address where nothing answers as dead', async () => {
		const closed = createServer();
		await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
		const port = (closed.address() as AddressInfo).port;
		await new Promise<void>((done) => closed.close(() => done()));
		expect(await checkLink(`http://127.0.0.1:${port}/`)).toMatchObject({ status: 0, dead: true });
	});
});

describe('collectLinks(dataset) and describeReport', () => {
	it('finds every address once and the sources without an archived copy; fails on dead links', async () => {
		const dataset = {
			source: { title: 'Article', url: `${base}/good` },
			events: [
				{
					id: 'a',
					sources: [
						{ title: 'Moved', url: `${base}/moved` },
						{ title: 'Kept', url: `${base}/good`, archiveUrl: `${base}/gone` }
					]
				},
				{ id: 'b', source: { title: 'Not a link', url: 'javascript:alert(1)' } }
			]
		};
		const { urls, unarchived } = collectLinks(dataset);
		expect(urls).toEqual([`${base}/good`, `${base}/moved`, `${base}/gone`]);
		expect(unarchived).toEqual([`a: ${base}/moved`]);
		const reports = await Promise.all(urls.map((url) => checkLink(url)));
		const { lines, failed } = describeReport(reports, unarchived);
		expect(failed).toBe(true);
		expect(lines).toEqual([
			'Checked 3 link(s).',
			'Dead (1):',
			`  ${base}/gone — HTTP 404`,
			'Redirected (1):',
			`  ${base}/moved → ${base}/good`,
			'Without an archiveUrl (1):',
			`  a: ${base}/moved`
		]);
	});
});
