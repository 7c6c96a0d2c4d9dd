// One negotiation: a fresh lab, the twin on the responder, the generated swanctl.conf (gateway
// address rewritten to the responder's) on the initiator, `swanctl --initiate`, and what the
// initiator then lists. The lab is always taken down, whatever happened.
import type {IpsecServer, IpsecServerConfig} from '../../../source/domain/model.js';
import {clientProfiles, swanctlConnectionName} from '../../../source/domain/client-profiles/index.js';
import {inNamespace, openLab, responderAddress, type Lab} from './ike-lab.js';
import {responderTwin, type TwinOptions} from './responder-twin.js';

export type Negotiation = {
	code: number;
	output: string;
	/** `swanctl --list-sas --raw` on the initiator after the attempt. */
	sas: string;
	initiatorLog: string;
	responderLog: string;
	/** The client's file as generated, before the address was rewritten. */
	profile: string;
};

export type NegotiationOptions = {
	/** The client's swanctl.conf as something else wrote it (the built CLI); generated here otherwise. */
	profile?: string;
	twin?: TwinOptions;
	/** After the first attempt, while the lab is still up (e.g. a rekey). */
	then?: (lab: Lab, name: string) => Promise<void>;
};

/** A host address inside a LocalSubnet block: with kernel-libipsec the responder must own one in each. */
function addressInside(block: string): string {
	const [network] = block.split('/');
	const parts = network!.split('.').map(Number);
	parts[3] = parts[3]! + 1;
	return parts.join('.');
}

export async function negotiate(server: IpsecServer, config: IpsecServerConfig, options: NegotiationOptions = {}): Promise<Negotiation> {
	const profile = options.profile
		?? clientProfiles({config, gatewayInternetIp: server.internetIp, ipsecServerId: server.ipsecServerId, includePsk: true}, ['swanctl']).files[0]!.content;
	const name = swanctlConnectionName(server.ipsecServerId);
	const lab = await openLab();
	try {
		for (const block of config.localSubnet) {
			await inNamespace(lab.responder, ['addr', 'add', `${addressInside(block)}/32`, 'dev', 'lo']);
		}

		await lab.load(lab.responder, responderTwin(config, server.internetIp, options.twin));
		await lab.load(lab.initiator, profile.replace(/^(\s*remote_addrs = ).*$/m, `$1${responderAddress}`));
		const {code, output} = await lab.swanctl(lab.initiator, ['--initiate', '--ike', name, '--child', name, '--timeout', '20']);
		await options.then?.(lab, name);
		const sas = (await lab.swanctl(lab.initiator, ['--list-sas', '--raw'])).output;
		return {code, output, sas, initiatorLog: await lab.log(lab.initiator), responderLog: await lab.log(lab.responder), profile};
	} finally {
		await lab.close();
	}
}
