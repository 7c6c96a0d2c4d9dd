// `ipsec-wizard show --region R --server iss-… [--json]`: the server's settings under the API's
// names (the key only masked), its gateway and status, and the advisories. Read-only.
import {advisoriesFor, configFromServer} from '../domain/index.js';
import {apiKey, apiSettings} from '../domain/api-settings.js';
import type {ExitController} from './exit-controller.js';
import {exitCodes} from './outcome-table.js';
import type {ShowCommand} from './parse-runbook-arguments.js';
import {createOutput, loadForRunbook, runbookServices} from './runbook-output.js';

export async function runShow(command: ShowCommand, exitController: ExitController): Promise<void> {
	const output = createOutput(command);
	const services = runbookServices(command, exitController);
	const loaded = await loadForRunbook(command, services, output, exitController);
	if (!loaded) {
		return;
	}

	const {server, gateway, context} = loaded;
	const config = configFromServer(server);
	const settings = apiSettings(config);
	const advisories = advisoriesFor(config, context).map(advisory => ({key: apiKey(advisory.field), message: advisory.message}));
	if (command.json) {
		output.json({
			regionId: server.regionId,
			ipsecServerId: server.ipsecServerId,
			vpnGatewayId: server.vpnGatewayId,
			settings: {...settings, Psk: server.psk.length > 0 ? {present: true, masked: settings['Psk']} : {present: false}},
			gateway: {vpnGatewayId: gateway.vpnGatewayId, name: gateway.name, status: gateway.status, businessStatus: gateway.businessStatus},
			onlineClientCount: server.onlineClientCount,
			advisories,
		});
	} else {
		output.line(`IPsec server ${server.ipsecServerId} "${server.ipsecServerName}" in ${server.regionId}`);
		output.line(`Gateway ${gateway.vpnGatewayId} "${gateway.name}": ${gateway.status} (${gateway.businessStatus}), ${server.onlineClientCount} clients online`);
		const width = Math.max(...Object.keys(settings).map(key => key.length));
		for (const [key, value] of Object.entries(settings)) {
			output.line(`  ${key.padEnd(width)}  ${key === 'Psk' ? (server.psk.length > 0 ? `${String(value)} (set)` : '(none)') : String(value)}`);
		}

		output.line(advisories.length === 0 ? 'Advisories: none' : 'Advisories:');
		for (const advisory of advisories) {
			output.line(`  ${advisory.key}: ${advisory.message}`);
		}
	}

	exitController.exit(exitCodes.done);
}
