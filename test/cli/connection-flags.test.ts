import test from 'ava';
import {connectionFlags} from '../../source/cli/connection-flags.js';
import {reattachCommand} from '../../source/ui/flow/status-lines.js';

test('the printed status command repeats how this run connected', t => {
	const command = reattachCommand({
		regionId: 'cn-hangzhou',
		vpnGatewayId: 'vpn-a1',
		ipsecServerId: 'iss-b2',
		connectionFlags: connectionFlags({sandbox: false, profile: 'my work', endpoint: 'http://127.0.0.1:18555'}),
	});
	t.is(command, "ipsec-wizard status --region cn-hangzhou --gateway vpn-a1 --server iss-b2 --profile 'my work' --endpoint http://127.0.0.1:18555");
});

test('no extra flags for the default chain and endpoint', t => {
	t.deepEqual(connectionFlags({sandbox: false}), []);
	t.deepEqual(connectionFlags({sandbox: true}), ['--sandbox']);
});
