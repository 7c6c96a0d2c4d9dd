// The submitted plan as it is recorded BEFORE UpdateIpsecServer is sent, so a dropped connection or a
// closed terminal can re-attach to it later and say what happened. The PSK is never part of it:
// only a salted scrypt hash of the key the plan sets, enough to recognise that key on the server
// again, never to recover it.
import type {FieldChange, KeyCheck, OutcomeInputs} from '../domain/index.js';
import type {IpsecServerConfig, UpdateIpsecServerParams, UpdatePlan} from '../domain/model.js';
import {nodeCrypto} from './node-crypto.js';

export type PskHash = {algorithm: 'scrypt'; salt: string; hash: string};

export type PendingUpdate = {
	recordedAt: string;
	regionId: string;
	ipsecServerId: string;
	ipsecServerName: string;
	vpnGatewayId: string;
	/** The real call's token (the DryRun never carries it). */
	clientToken: string;
	synchronous: boolean;
	params: Omit<UpdateIpsecServerParams, 'psk'>;
	pskChanged: boolean;
	/** The intended key, salted and hashed; present when the plan sets a key. */
	pskHash?: PskHash;
	/** The configuration expected once the gateway is active again, PSK left out. */
	expected: Omit<IpsecServerConfig, 'psk'>;
	/** The configuration before the update, PSK left out (absent in records of older versions). */
	before?: Omit<IpsecServerConfig, 'psk'>;
	/** The planned changes as the audit log shows them (the key only as "changed"). */
	changes?: FieldChange[];
};

const keyLength = 32;

export function hashPsk(psk: string, salt: Buffer = nodeCrypto().randomBytes(16)): PskHash {
	return {algorithm: 'scrypt', salt: salt.toString('base64'), hash: nodeCrypto().scryptSync(psk, salt, keyLength).toString('base64')};
}

export function pskMatchesHash(psk: string, stored: PskHash): boolean {
	const expected = Buffer.from(stored.hash, 'base64');
	const actual = nodeCrypto().scryptSync(psk, Buffer.from(stored.salt, 'base64'), expected.length || keyLength);
	return expected.length === actual.length && nodeCrypto().timingSafeEqual(expected, actual);
}

const withoutPsk = <T extends {psk?: unknown}>({psk: _psk, ...rest}: T): Omit<T, 'psk'> => rest;

export function pendingUpdateFromPlan(
	plan: UpdatePlan,
	expected: IpsecServerConfig,
	recordedAt: Date,
	extra: {before?: IpsecServerConfig; changes?: FieldChange[]} = {},
): PendingUpdate {
	return {
		recordedAt: recordedAt.toISOString(),
		regionId: plan.regionId,
		ipsecServerId: plan.ipsecServerId,
		ipsecServerName: expected.ipsecServerName,
		vpnGatewayId: plan.vpnGatewayId,
		clientToken: plan.clientToken,
		synchronous: plan.synchronous,
		params: withoutPsk(plan.params),
		pskChanged: plan.params.psk !== undefined,
		...(plan.params.psk === undefined ? {} : {pskHash: hashPsk(plan.params.psk)}),
		expected: withoutPsk(expected),
		...(extra.before ? {before: withoutPsk(extra.before)} : {}),
		...(extra.changes ? {changes: extra.changes.map(change => (change.field === 'psk' ? {...change, before: 'hidden', after: 'changed'} : change))} : {}),
	};
}

/**
 * The plan, the expected config and how to judge the key, to verify against after re-attaching.
 * The key is checked against the stored hash; a record that changed the key but kept no hash
 * (an older version's) can never be verified, so it says so rather than trust the server's key.
 */
export function verificationInputsFromPending(pending: PendingUpdate): OutcomeInputs & {keyCheck?: KeyCheck} {
	const {pskHash} = pending;
	const keyCheck: KeyCheck | undefined = pskHash ? actual => pskMatchesHash(actual, pskHash) : pending.pskChanged ? () => false : undefined;
	return {
		plan: {
			regionId: pending.regionId,
			ipsecServerId: pending.ipsecServerId,
			vpnGatewayId: pending.vpnGatewayId,
			clientToken: pending.clientToken,
			synchronous: pending.synchronous,
			params: pending.params,
		},
		expected: {...pending.expected, psk: ''},
		before: pending.before ?? pending.expected,
		...(keyCheck ? {keyCheck} : {}),
	};
}
