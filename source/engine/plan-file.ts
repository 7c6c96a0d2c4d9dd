// A runbook plan on disk: the server as it was when the plan was made (without its key: only a
// salted hash of it, to notice a key changed meanwhile), the update to send, its ClientToken, and
// for a new key the file that holds it with the key's hash (never the key). Checked with zod when
// read back, like every file the program trusts.
import {z} from 'zod';
import {fieldNames, vpnGatewayStatuses, type UpdatePlan, type VpnGateway} from '../domain/model.js';
import type {FieldChange} from '../domain/index.js';
import type {PskHash} from '../services/pending-update.js';
import {storedConfigShape} from '../services/stored-config-schema.js';
import type {LoadedServer} from './journey.js';

// The settings as the field catalogue declares them; a plan insists on whole seconds and on groups
// with no key it does not know.
const config = storedConfigShape({seconds: z.number().int(), strictGroups: true});

const pskHash = z.object({algorithm: z.literal('scrypt'), salt: z.string().min(1), hash: z.string().min(1)}).strict();

const serverWithoutKey = z.object({
	...config,
	ipsecServerId: z.string().min(1),
	regionId: z.string().min(1),
	vpnGatewayId: z.string().min(1),
	resourceGroupId: z.string().optional(),
	internetIp: z.string(),
	creationTime: z.string(),
	multiFactorAuthEnabled: z.boolean(),
	idaasInstanceId: z.string().optional(),
	maxConnections: z.number(),
	onlineClientCount: z.number(),
}).strict();

export const planFileSchema = z.object({
	format: z.literal('ipsec-wizard-plan'),
	version: z.literal(1),
	createdAt: z.string(),
	regionId: z.string().min(1),
	ipsecServerId: z.string().min(1),
	vpnGatewayId: z.string().min(1),
	clientToken: z.string().min(1),
	synchronous: z.boolean(),
	params: z.object(config).partial().strict(),
	/** The new key: where it is kept, and its hash so `apply` knows it is the same key. */
	newKey: z.object({file: z.string().min(1), hash: pskHash}).strict().optional(),
	changes: z.array(z.object({field: z.enum(fieldNames), label: z.string(), before: z.string(), after: z.string()}).strict()),
	snapshot: z.object({
		server: serverWithoutKey,
		/** Absent when the server had no key. */
		keyHash: pskHash.optional(),
		context: z.object({
			ipsecServerId: z.string(),
			regionId: z.string(),
			vpnGatewayId: z.string(),
			gatewayInternetIp: z.string(),
			vpcCidrBlocks: z.array(z.string()),
			otherClientPools: z.array(z.string()),
			onlineClientCount: z.number(),
			multiFactorAuthEnabled: z.boolean(),
			idaasInstanceId: z.string().optional(),
		}).strict(),
		gateway: z.object({vpnGatewayId: z.string(), name: z.string(), status: z.enum(vpnGatewayStatuses)}).passthrough(),
	}).strict(),
});

export type PlanFile = z.infer<typeof planFileSchema>;

export function planFileFrom(input: {
	plan: UpdatePlan;
	loaded: LoadedServer;
	changes: FieldChange[];
	createdAt: Date;
	keyHash?: PskHash;
	newKey?: {file: string; hash: PskHash};
}): PlanFile {
	const {psk: _newKey, ...params} = input.plan.params;
	const {psk: _oldKey, ...server} = input.loaded.server;
	return {
		format: 'ipsec-wizard-plan',
		version: 1,
		createdAt: input.createdAt.toISOString(),
		regionId: input.plan.regionId,
		ipsecServerId: input.plan.ipsecServerId,
		vpnGatewayId: input.plan.vpnGatewayId,
		clientToken: input.plan.clientToken,
		synchronous: input.plan.synchronous,
		params,
		...(input.newKey ? {newKey: input.newKey} : {}),
		changes: input.changes.map(change => (change.field === 'psk' ? {...change, before: 'hidden', after: 'changed'} : change)),
		snapshot: {
			server,
			...(input.keyHash ? {keyHash: input.keyHash} : {}),
			context: input.loaded.context,
			gateway: input.loaded.gateway,
		},
	};
}

/** The plan file's text, or one sentence saying why it cannot be used. */
export function readPlanText(text: string, file: string): {plan: PlanFile} | {problem: string} {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {problem: `${file} is not a plan: it is not JSON; make it with ipsec-wizard plan … --out ${file}.`};
	}

	const parsed = planFileSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return {problem: `${file} is not a usable plan (${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'unexpected content'}); make it again with ipsec-wizard plan.`};
	}

	return {plan: parsed.data};
}

/** The snapshot as a loaded server; its key is unknown (''), judged by the hash instead. */
export function loadedFromPlan(plan: PlanFile): LoadedServer {
	return {
		server: {...plan.snapshot.server, psk: ''},
		context: plan.snapshot.context,
		gateway: plan.snapshot.gateway as unknown as VpnGateway,
	};
}

/** The UpdatePlan to send; `newKey` is the key read from the plan's key file. */
export function updatePlanOf(plan: PlanFile, newKey?: string): UpdatePlan {
	return {
		regionId: plan.regionId,
		ipsecServerId: plan.ipsecServerId,
		vpnGatewayId: plan.vpnGatewayId,
		clientToken: plan.clientToken,
		synchronous: plan.synchronous,
		params: {...plan.params, ...(newKey === undefined ? {} : {psk: newKey})},
	};
}
