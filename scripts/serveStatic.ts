/**
 * A plain static file server for a built Chronomap, as any web host would serve it: no
 * rewrites, no server code. Used by the browser tests and the benchmark.
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
	// Public files, readable from any origin: a sandboxed embed (opaque origin) loads its
	// module scripts, data and basemap with CORS, as on hosts such as GitHub Pages.
	const files = sirv(resolve(root), {
		dev: false,
		etag: true,
		gzip: false,
		brotli: false,
		setHeaders: (response) => response.setHeader('Access-Control-Allow-Origin', '*')
	});
	const server = createServer((request, response) =>
		files(request, response, () => {
			response.statusCode = 404;
			response.setHeader('content-type', 'text/plain; charset=utf-8');
			response.end('Not found');
		})
	);
	return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? 4173);
	await serveStatic(root, port);
	console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
}
