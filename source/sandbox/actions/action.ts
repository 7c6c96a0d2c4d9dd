// What an action handler gets and gives back. The dispatcher adds the RequestId.
import type {SandboxAccessKey} from '../access-keys.js';
import type {IdempotencyStore} from '../idempotency-store.js';
import type {Params} from '../request-parameters.js';
import type {StateStore} from '../state-store.js';
import type {UnspecifiedBehaviour} from '../sandbox-types.js';

export type ActionContext = {
	action: string;
	params: Params;
	store: StateStore;
	idempotency: IdempotencyStore;
	accessKey: SandboxAccessKey;
	requestId: string;
	/** Where the documentation is silent: token replay before or after the gateway state, a DryRun's token. */
	unspecified?: UnspecifiedBehaviour;
};

export type ActionResult = {
	body: Record<string, unknown>;
	/** Set when the answer replays an earlier call (ClientToken): its RequestId is reused. */
	requestId?: string;
};

export type Action = {
	/** Write actions are refused to the read-only key. */
	access: 'read' | 'write';
	run(context: ActionContext): ActionResult;
};
