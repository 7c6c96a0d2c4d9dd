// UpdateIpsecServer's parameters, each checked on its own (format, length, enumeration). Checks
// that need the server, gateway or VPC live in update-context-checks.ts.
import {parseCidrBlock} from './cidr-blocks.js';
import {SandboxError} from './error-catalogue.js';
import {parseIkeConfig, parseIpsecConfig} from './negotiation-config-parsing.js';
import {optionalBoolean, requiredParam, type Params} from './request-parameters.js';
import type {ServerChange} from './server-change.js';

export type UpdateRequest = {
	regionId: string;
	ipsecServerId: string;
	change: ServerChange;
	dryRun: boolean;
	clientToken?: string;
};

const clientPoolPrefix = {min: 16, max: 29};

export function parseUpdateRequest(params: Params): UpdateRequest {
	const regionId = requiredParam(params, 'RegionId');
	const ipsecServerId = requiredParam(params, 'IpsecServerId');
	const change: ServerChange = {};
	const name = params.IpsecServerName;
	if (name !== undefined) {
		change.ipsecServerName = serverName(name);
	}

	if (params.LocalSubnet !== undefined) {
		change.localSubnet = localSubnet(params.LocalSubnet);
	}

	if (params.ClientIpPool !== undefined) {
		change.clientIpPool = clientIpPool(params.ClientIpPool);
	}

	const effectImmediately = optionalBoolean(params, 'EffectImmediately');
	if (effectImmediately !== undefined) {
		change.effectImmediately = effectImmediately;
	}

	if (params.IkeConfig !== undefined) {
		change.ikeConfig = parseIkeConfig(params.IkeConfig);
	}

	if (params.IpsecConfig !== undefined) {
		change.ipsecConfig = parseIpsecConfig(params.IpsecConfig);
	}

	const pskEnabled = optionalBoolean(params, 'PskEnabled');
	if (pskEnabled !== undefined) {
		change.pskEnabled = pskEnabled;
	}

	if (params.Psk !== undefined) {
		change.psk = psk(params.Psk);
	}

	const clientToken = params.ClientToken;
	if (clientToken !== undefined && !/^[\x20-\x7E]{1,64}$/.test(clientToken)) {
		throw new SandboxError('InvalidParameter', 'ClientToken', 'it must be 1 to 64 ASCII characters.');
	}

	return {
		regionId,
		ipsecServerId,
		change,
		dryRun: optionalBoolean(params, 'DryRun') ?? false,
		...(clientToken === undefined ? {} : {clientToken}),
	};
}

function serverName(text: string): string {
	if (text.length < 1 || text.length > 100 || /^https?:\/\//.test(text)) {
		throw new SandboxError('InvalidParameter', 'IpsecServerName', 'it must be 1 to 100 characters and cannot start with http:// or https://.');
	}

	return text;
}

function localSubnet(text: string): string[] {
	const blocks = text.split(',').map(block => block.trim());
	if (blocks.some(block => parseCidrBlock(block) === undefined)) {
		throw new SandboxError('IllegalParam.LocalSubnet', text);
	}

	return blocks;
}

function clientIpPool(text: string): string {
	const block = parseCidrBlock(text.trim());
	if (!block) {
		throw new SandboxError('IllegalParam.ClientIpPool', text);
	}

	if (block.prefixLength < clientPoolPrefix.min || block.prefixLength > clientPoolPrefix.max) {
		throw new SandboxError('ClientIpPool.NetmaskInvalid');
	}

	return text.trim();
}

function psk(text: string): string {
	// Never echo the key itself in the message.
	if (text.length < 1 || text.length > 100 || !/^[\x21-\x7E]+$/.test(text)) {
		throw new SandboxError('InvalidParameter', 'Psk', 'it must be 1 to 100 printable ASCII characters without spaces.');
	}

	return text;
}
