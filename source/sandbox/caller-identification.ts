// Which action, which version, and who is asking. The action is resolved before the signature
// is checked, as the API gateway does: an unknown API is reported even to a bad signature.
import type {SandboxAccessKey} from './access-keys.js';
import {apiVersion, findAction} from './actions/action-table.js';
import type {Action} from './actions/action.js';
import {authenticate, type AuthenticationContext} from './authentication.js';
import {SandboxError} from './error-catalogue.js';
import {headerValue, type ParsedRequest} from './request-parsing.js';

export type Caller = {name: string; action: Action; accessKey: SandboxAccessKey};

export function identifyCaller(request: ParsedRequest, context: AuthenticationContext): Caller {
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

	const accessKey = authenticate(request, context);
	return {name, action, accessKey};
}
