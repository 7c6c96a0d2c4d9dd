// One HTTP exchange: parse, find the action, authenticate, let the fault injector have its say,
// run the action, answer JSON. Faults only ever hit calls that passed authentication.
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {ActionResult} from './actions/action.js';
import {identifyCaller, type Caller} from './caller-identification.js';
import {SandboxError} from './error-catalogue.js';
import {errorEnvelope} from './error-envelope.js';
import type {FaultDecision, FaultInjector} from './fault-injector.js';
import type {IdempotencyStore} from './idempotency-store.js';
import type {ReplayGuard} from './replay-guard.js';
import {newRequestId} from './request-id.js';
import {headerValue, maxBodyBytes, parseRequest, readBody, RequestTooLargeError, type ParsedRequest} from './request-parsing.js';
import type {StateStore} from './state-store.js';

export type CallRecord = {action: string; at: number; status: number; code?: string};

export type HandlerDependencies = {
	store: StateStore;
	replayGuard: ReplayGuard;
	idempotency: IdempotencyStore;
	faults: FaultInjector;
	calls: CallRecord[];
	now: () => number;
	/** Runs `task` after `delayMs`, cancelled if the sandbox closes first. */
	later: (delayMs: number, task: () => void) => void;
};

type Answer = {status: number; body: Record<string, unknown>};

/** After a 413 the rest of the upload is read and dropped, so a client still sending gets to read
 * the answer; past this much the connection is cut. */
const maxDiscardedBytes = 64 * 1024 * 1024;

export function createRequestHandler(dependencies: HandlerDependencies) {
	return (request: IncomingMessage, response: ServerResponse): void => {
		// Nothing may escape from here: the sandbox also runs inside the wizard (`--sandbox`), and an
		// exception would end the wizard with it. A failure is answered 500, else the connection cut.
		const hostId = request.headers.host ?? 'vpc.aliyuncs.com';
		readBody(request)
			.then(body => {
				handle(parseRequest(request, body), response, dependencies);
			})
			.catch((error: unknown) => {
				if (error instanceof RequestTooLargeError) {
					refuseTooLarge(request, response, hostId);
				} else {
					send(response, failure(error, {requestId: newRequestId(), hostId}));
				}
			})
			.catch(() => {
				response.destroy();
			});
	};
}

function refuseTooLarge(request: IncomingMessage, response: ServerResponse, hostId: string): void {
	let discarded = 0;
	request.on('data', (chunk: Buffer) => {
		discarded += chunk.length;
		if (discarded > maxDiscardedBytes) {
			request.destroy();
		}
	});
	request.on('error', () => undefined);
	send(response, failure(new SandboxError('RequestEntityTooLarge', String(maxBodyBytes)), {requestId: newRequestId(), hostId}));
}

type Exchange = {request: ParsedRequest; requestId: string; hostId: string};

function handle(request: ParsedRequest, response: ServerResponse, dependencies: HandlerDependencies): void {
	const exchange: Exchange = {request, requestId: newRequestId(), hostId: headerValue(request, 'host') ?? 'vpc.aliyuncs.com'};
	let caller: Caller;
	try {
		caller = identifyCaller(request, {now: dependencies.now(), replayGuard: dependencies.replayGuard});
	} catch (error) {
		send(response, failure(error, exchange));
		return;
	}

	const fault = dependencies.faults.decide(caller.name, request.params);
	const answer = answerUnder(fault, caller, exchange, dependencies);
	const code = answer === 'dropped' ? 'ConnectionDropped' : answer.body.Code;
	dependencies.calls.push({
		action: caller.name,
		at: dependencies.now(),
		status: answer === 'dropped' ? 0 : answer.status,
		...(typeof code === 'string' ? {code} : {}),
	});
	dependencies.later(fault.delayMs, () => {
		try {
			if (answer === 'dropped') {
				response.socket?.destroy();
			} else {
				send(response, answer);
			}
		} catch {
			// Runs from a timer: a throw here would reach the process (see createRequestHandler).
			response.destroy();
		}
	});
}

function answerUnder(fault: FaultDecision, caller: Caller, exchange: Exchange, dependencies: HandlerDependencies): Answer | 'dropped' {
	switch (fault.kind) {
		case 'throttle': {
			return failure(new SandboxError('Throttling.User'), exchange);
		}

		case 'server-error': {
			return failure(new SandboxError(fault.code), exchange);
		}

		case 'drop': {
			// Reads are cut before anything happens. An update is sometimes cut after it was
			// applied: the client never hears so, and its retry with the same ClientToken must be
			// answered by replay.
			if (fault.afterApply && caller.action.access === 'write') {
				run(caller, exchange, dependencies);
			}

			return 'dropped';
		}

		case 'none': {
			return run(caller, exchange, dependencies);
		}
	}
}

function run(caller: Caller, {request, requestId, hostId}: Exchange, dependencies: HandlerDependencies): Answer {
	try {
		if (caller.action.access === 'write' && caller.accessKey.level !== 'read-write') {
			throw new SandboxError('Forbidden');
		}

		const result: ActionResult = caller.action.run({
			action: caller.name,
			params: request.params,
			store: dependencies.store,
			idempotency: dependencies.idempotency,
			accessKey: caller.accessKey,
			requestId,
			unspecified: dependencies.faults.unspecified(),
		});
		return {status: 200, body: {RequestId: result.requestId ?? requestId, ...result.body}};
	} catch (error) {
		return failure(error, {requestId, hostId});
	}
}

function failure(error: unknown, {requestId, hostId}: Pick<Exchange, 'requestId' | 'hostId'>): Answer {
	const sandboxError = error instanceof SandboxError ? error : new SandboxError('InternalError');
	return {status: sandboxError.status, body: errorEnvelope(sandboxError, requestId, hostId)};
}

function send(response: ServerResponse, answer: Answer): void {
	if (response.destroyed || response.writableEnded) {
		return;
	}

	const text = JSON.stringify(answer.body);
	response.writeHead(answer.status, {
		'content-type': 'application/json;charset=utf-8',
		'content-length': Buffer.byteLength(text),
		'x-acs-request-id': String(answer.body.RequestId),
	});
	response.end(text);
}
