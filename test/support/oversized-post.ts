// A POST far larger than any API request (50 MB), sent the way a careless or hostile client
// sends it: with its length declared up front, or chunked so the server only learns as it reads.
import {request} from 'node:http';

export type PostOutcome = {status: number; body: Record<string, unknown>} | {error: string};

export const oversizedBytes = 50 * 1024 * 1024;

export async function postOversized(port: number, {chunked = false} = {}): Promise<PostOutcome> {
	const piece = Buffer.alloc(1024 * 1024, 'a');
	return new Promise(resolve => {
		const outgoing = request(
			{
				host: '127.0.0.1',
				port,
				method: 'POST',
				path: '/',
				headers: {'content-type': 'application/x-www-form-urlencoded', ...(chunked ? {} : {'content-length': String(oversizedBytes)})},
			},
			response => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let body: Record<string, unknown>;
					try {
						body = JSON.parse(text) as Record<string, unknown>;
					} catch {
						body = {unparsable: text.slice(0, 200)};
					}

					resolve({status: response.statusCode ?? 0, body});
				});
				response.on('error', error => resolve({error: error.message}));
			},
		);
		// The upload may be cut once the server has answered; that is the server's right.
		outgoing.on('error', error => resolve({error: error.message}));
		let sent = 0;
		const writeMore = () => {
			while (sent < oversizedBytes) {
				sent += piece.length;
				if (!outgoing.write(piece)) {
					outgoing.once('drain', writeMore);
					return;
				}
			}

			outgoing.end();
		};

		writeMore();
	});
}
