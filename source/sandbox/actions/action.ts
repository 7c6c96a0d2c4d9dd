// What an action handler gets and gives back. The dispatcher adds the RequestId.
import type {SandboxAccessKey} from '../access-keys.js';
import type {IdempotencyStore} from '../idempotency-store.js';
import type {Params} from '../request-parameters.js';
import type {StateStore} from '../state-store.js';
import type {CheckOrder} from '../sandbox-types.js';

export type ActionContext = {
	action: string;
	params: Params;
	store: StateStore;
	idempotency: IdempotencyStore;
	accessKey: SandboxAccessKey;
	requestId: string;
	/** Token replay before or after the gateway-state check (FaultOptions.order). */
	checkOrder?: CheckOrder;
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
