// One HTTP exchange: parse, find the action, authenticate, let the fault injector have its say,
// run the action, answer JSON. Faults only ever hit calls that passed authentication.
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {SandboxAccessKey} from './access-keys.js';
import {apiVersion, findAction} from './actions/action-table.js';
import type {Action, ActionResult} from './actions/action.js';
import {authenticate} from './authentication.js';
import {SandboxError} from './error-catalogue.js';
import {errorEnvelope} from './error-envelope.js';
import type {FaultDecision, FaultInjector} from './fault-injector.js';
import type {IdempotencyStore} from './idempotency-store.js';
import type {ReplayGuard} from './replay-guard.js';
import {newRequestId} from './request-id.js';
import {headerValue, parseRequest, readBody, type ParsedRequest} from './request-parsing.js';
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

export function createRequestHandler(dependencies: HandlerDependencies) {
	return (request: IncomingMessage, response: ServerResponse): void => {
		// A body too large, or a bug of ours: cut the connection rather than crash the process.
		readBody(request)
			.then(body => {
				handle(parseRequest(request, body), response, dependencies);
			})
			.catch(() => request.socket.destroy());
	};
}

function handle(request: ParsedRequest, response: ServerResponse, dependencies: HandlerDependencies): void {
	const requestId = newRequestId();
	const hostId = headerValue(request, 'host') ?? 'vpc.aliyuncs.com';
	let authenticated: {name: string; action: Action; accessKey: SandboxAccessKey};
	try {
		authenticated = identify(request, dependencies);
	} catch (error) {
		send(response, failure(error, requestId, hostId));
		return;
	}

	const {name, action, accessKey} = authenticated;
	const fault = dependencies.faults.decide();
	const record = (status: number, code?: string) => {
		dependencies.calls.push({action: name, at: dependencies.now(), status, ...(code === undefined ? {} : {code})});
	};

	if (fault.kind === 'drop' && !(fault.afterApply && action.access === 'write')) {
		record(0, 'ConnectionDropped');
		dependencies.later(fault.delayMs, () => response.socket?.destroy());
		return;
	}

	const answer = fault.kind === 'throttle' || fault.kind === 'server-error'
		? failure(new SandboxError(fault.kind === 'throttle' ? 'Throttling.User' : fault.code), requestId, hostId)
		: run(name, action, accessKey, request, requestId, hostId, dependencies);
	if (fault.kind === 'drop') {
		// The update has been applied; the client never hears so, and must retry with its token.
		record(0, 'ConnectionDropped');
		dependencies.later(fault.delayMs, () => response.socket?.destroy());
		return;
	}

	record(answer.status, typeof answer.body.Code === 'string' ? answer.body.Code : undefined);
	respondAfter(fault, response, answer, dependencies);
}

function identify(request: ParsedRequest, dependencies: HandlerDependencies) {
	const name = headerValue(request, 'x-acs-action') ?? request.params.Action;
	if (!name) {
		throw new SandboxError('MissingParameter', 'Action');
	}

	const version = headerValue(request, 'x-acs-version') ?? request.params.Version;
	if (!version) {
		throw new SandboxError('MissingParameter', 'Version');
	}

	if (version !== apiVersion) {
		throw new SandboxError('InvalidVersion');
	}

	const action = findAction(name);
	if (!action) {
		throw new SandboxError('InvalidAction.NotFound');
	}

	const accessKey = authenticate(request, {now: dependencies.now(), replayGuard: dependencies.replayGuard});
	return {name, action, accessKey};
}

function run(
	name: string, action: Action, accessKey: SandboxAccessKey, request: ParsedRequest, requestId: string, hostId: string,
	dependencies: HandlerDependencies,
): Answer {
	try {
		if (action.access === 'write' && accessKey.level !== 'read-write') {
			throw new SandboxError('Forbidden');
		}

		const result: ActionResult = action.run({
			action: name, params: request.params, store: dependencies.store, idempotency: dependencies.idempotency, accessKey, requestId,
		});
		return {status: 200, body: {RequestId: result.requestId ?? requestId, ...result.body}};
	} catch (error) {
		return failure(error, requestId, hostId);
	}
}

function failure(error: unknown, requestId: string, hostId: string): Answer {
	const sandboxError = error instanceof SandboxError ? error : new SandboxError('InternalError');
	return {status: sandboxError.status, body: errorEnvelope(sandboxError, requestId, hostId)};
}

function respondAfter(fault: FaultDecision, response: ServerResponse, answer: Answer, dependencies: HandlerDependencies): void {
	if (fault.delayMs > 0) {
		dependencies.later(fault.delayMs, () => send(response, answer));
	} else {
		send(response, answer);
	}
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
