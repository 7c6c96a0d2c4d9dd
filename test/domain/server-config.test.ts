import test from 'ava';
import {configFromServer, contextFromServer} from '../../source/domain/server-config.js';
import {context, loadedConfig, otherServer, server, vpc} from './fixtures.js';

test('the editable config is exactly the server\'s editable fields, as a copy', t => {
	const config = configFromServer(server);
	t.deepEqual(config, loadedConfig);
	config.localSubnet.push('10.0.0.0/8');
	config.ikeConfig.ikeMode = 'aggressive';
	t.deepEqual(server.localSubnet, ['192.168.0.0/24']);
	t.is(server.ikeConfig.ikeMode, 'main');
});

test('the context lists the VPC blocks (primary first) and the other servers\' pools only', t => {
	t.deepEqual(contextFromServer(server, vpc, [server, otherServer]), context);
});

test('without the VPC there are no VPC blocks to check against', t => {
	t.deepEqual(contextFromServer(server, undefined, [server]).vpcCidrBlocks, []);
	t.deepEqual(contextFromServer(server, undefined, [server]).otherClientPools, []);
});

test('IDaaS is carried over when the server has it', t => {
	const withIdaas = contextFromServer({...server, multiFactorAuthEnabled: true, idaasInstanceId: 'idaas-cn-hangzhou-1'}, vpc, []);
	t.true(withIdaas.multiFactorAuthEnabled);
	t.is(withIdaas.idaasInstanceId, 'idaas-cn-hangzhou-1');
});
