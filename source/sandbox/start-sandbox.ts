// Starts the emulator: a real node:http server on 127.0.0.1 around the state store.
import {createServer, type Server} from 'node:http';
import type {Socket} from 'node:net';
import {readOnlyKey, readWriteKey, credentialsOf} from './access-keys.js';
import {FaultInjector} from './fault-injector.js';
import {IdempotencyStore} from './idempotency-store.js';
import {createInspector} from './inspector.js';
import {ReplayGuard} from './replay-guard.js';
import {createRequestHandler, type CallRecord} from './request-handler.js';
import type {Sandbox, SandboxOptions} from './sandbox-types.js';
import {seedData} from './seed/seed-data.js';
import {StateStore} from './state-store.js';

export const defaultUpdatingMs = 8000;
export const defaultConflictWindowMs = 1500;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const now = options.now ?? Date.now;
	const store = new StateStore(seedData(options.largeRegionServers), {
		now,
		updatingMs: options.updatingMs ?? defaultUpdatingMs,
		conflictWindowMs: options.conflictWindowMs ?? defaultConflictWindowMs,
	});
	const faults = new FaultInjector(options.faults);
	const calls: CallRecord[] = [];
	const timers = new Set<NodeJS.Timeout>();
	const later = (delayMs: number, task: () => void) => {
		if (delayMs <= 0) {
			task();
			return;
		}

		const timer = setTimeout(() => {
			timers.delete(timer);
			task();
		}, delayMs);
		timers.add(timer);
	};

	const server = createServer(createRequestHandler({
		store, replayGuard: new ReplayGuard(), idempotency: new IdempotencyStore(), faults, calls, now, later,
	}));
	const sockets = trackSockets(server);
	const port = await listen(server, options.port ?? 0);
	return {
		endpoint: `127.0.0.1:${port}`,
		port,
		credentials: credentialsOf(readWriteKey),
		readOnlyCredentials: credentialsOf(readOnlyKey),
		inspect: createInspector(store, calls),
		setFaults: next => faults.set(next),
		async close() {
			for (const timer of timers) {
				clearTimeout(timer);
			}

			store.dispose();
			const closed = new Promise<void>(resolve => server.close(() => resolve()));
			for (const socket of sockets) {
				socket.destroy();
			}

			await closed;
		},
	};
}

function trackSockets(server: Server): Set<Socket> {
	const sockets = new Set<Socket>();
	server.on('connection', socket => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	return sockets;
}

async function listen(server: Server, port: number): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	if (address === null || typeof address === 'string') {
		throw new Error('The sandbox server did not report a TCP port.');
	}

	return address.port;
}
