/**
 * A plain static file server for a built Chronomap, as any web host would serve it: no
 * rewrites, no server code. Used by the browser tests and the benchmark.
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
	const files = sirv(resolve(root), { dev: false, etag: true, gzip: false, brotli: false });
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
