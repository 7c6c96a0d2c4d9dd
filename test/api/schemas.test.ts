import test from 'ava';
import type {z} from 'zod';
import {ApiError} from '../../source/api/api-error.js';
import {listIpsecServersSchema} from '../../source/api/schemas/list-ipsec-servers.js';
import {parseResponse} from '../../source/api/schemas/parse-response.js';
import {describeRegionsSchema} from '../../source/api/schemas/regions.js';
import {updateIpsecServerSchema} from '../../source/api/schemas/update-ipsec-server.js';
import {describeVpcAttributeSchema} from '../../source/api/schemas/vpc-attribute.js';
import {describeVpnGatewaySchema, describeVpnGatewaysSchema} from '../../source/api/schemas/vpn-gateway.js';
import {apiIpsecServer, apiListIpsecServers, apiRegions, apiVpcAttribute, apiVpnGateway} from './fixtures.js';

const malformed = (t: import('ava').ExecutionContext, schema: z.ZodType, body: unknown, action = 'ListIpsecServers') =>
	t.throws(() => parseResponse(schema, body, action), {instanceOf: ApiError});

test('the documented ListIpsecServers sample becomes an IpsecServerPage in camelCase', t => {
	const page = parseResponse(listIpsecServersSchema, apiListIpsecServers(), 'ListIpsecServers');
	t.is(page.requestId, '66881D3C-0000-0000-0000-000000000001');
	t.is(page.nextToken, 'caeba0bbb2be03f84eb48b699f0a4883');
	t.is(page.totalCount, 1);
	t.deepEqual(page.servers[0], {
		ipsecServerId: 'iss-bp1bo3xuvcxo7ixll****',
		ipsecServerName: 'test',
		regionId: 'cn-hangzhou',
		vpnGatewayId: 'vpn-bp17lofy9fd0****',
		resourceGroupId: 'rg-acfmzs372yg****',
		internetIp: '47.XX.XX.246',
		localSubnet: ['192.168.1.0/24', '192.168.2.0/24'],
		clientIpPool: '10.1.1.0/24',
		creationTime: '2021-02-22T07:54:38Z',
		effectImmediately: false,
		psk: 'so7suwy-secret-psk',
		pskEnabled: true,
		multiFactorAuthEnabled: false,
		idaasInstanceId: 'idaas-cn-hangzhou-****',
		maxConnections: 10,
		onlineClientCount: 0,
		ikeConfig: {
			ikeVersion: 'ikev2',
			ikeMode: 'main',
			ikeEncAlg: 'aes',
			ikeAuthAlg: 'sha1',
			ikePfs: 'group2',
			ikeLifetime: 86_400,
			localId: '47.XX.XX.246',
			remoteId: 'client.example.com',
		},
		ipsecConfig: {ipsecEncAlg: 'aes', ipsecAuthAlg: 'sha1', ipsecPfs: 'group2', ipsecLifetime: 86_400},
	});
});

test('fields the real API omits are tolerated: RemoteId, IDaaSInstanceId, NextToken, counts', t => {
	const server = apiIpsecServer() as Record<string, unknown>;
	delete server['IDaaSInstanceId'];
	delete server['ResourceGroupId'];
	delete server['OnlineClientCount'];
	delete (server['IkeConfig'] as Record<string, unknown>)['RemoteId'];
	const page = parseResponse(listIpsecServersSchema, {RequestId: 'R', IpsecServers: [server]}, 'ListIpsecServers');
	const [parsed] = page.servers;
	t.is(parsed?.ikeConfig.remoteId, '');
	t.is(parsed?.onlineClientCount, 0);
	t.false(parsed !== undefined && 'idaasInstanceId' in parsed);
	t.false(parsed !== undefined && 'resourceGroupId' in parsed);
	t.false('nextToken' in page);
	t.is(page.totalCount, 1);
});

test('an empty NextToken means the last page', t => {
	const page = parseResponse(listIpsecServersSchema, {...apiListIpsecServers(), NextToken: ''}, 'ListIpsecServers');
	t.false('nextToken' in page);
});

test('numbers as digit strings and booleans as "true"/"false" are read as the SDK reads them', t => {
	const server = {...apiIpsecServer(), MaxConnections: '10', EffectImmediately: 'true'};
	server.IkeConfig['IkeLifetime'] = '3600';
	const page = parseResponse(listIpsecServersSchema, {RequestId: 'R', IpsecServers: [server]}, 'ListIpsecServers');
	t.is(page.servers[0]?.maxConnections, 10);
	t.is(page.servers[0]?.effectImmediately, true);
	t.is(page.servers[0]?.ikeConfig.ikeLifetime, 3600);
});

test('an unknown algorithm (sm4 on a national-standard gateway) names the field and the value', t => {
	const body = apiListIpsecServers();
	(body.IpsecServers[0]!['IkeConfig'] as Record<string, unknown>)['IkeEncAlg'] = 'sm4';
	const error = malformed(t, listIpsecServersSchema, body);
	t.is(error.kind, 'malformed');
	t.is(
		error.message,
		'ListIpsecServers returned an answer this tool cannot use: IpsecServers[0].IkeConfig.IkeEncAlg is "sm4", a value this tool does not know; check --endpoint (or any proxy in between) and try again.',
	);
});

test('IkeConfig sent as a JSON string instead of an object is malformed', t => {
	const body = apiListIpsecServers();
	body.IpsecServers[0]!['IkeConfig'] = '{"IkeVersion":"ikev2"}';
	const error = malformed(t, listIpsecServersSchema, body);
	t.regex(error.message, /IpsecServers\[0\]\.IkeConfig is not an object/);
});

test('a missing required field is named as missing', t => {
	const body = apiListIpsecServers();
	delete body.IpsecServers[0]!['ClientIpPool'];
	t.regex(malformed(t, listIpsecServersSchema, body).message, /IpsecServers\[0\]\.ClientIpPool is missing/);
});

test('an answer without RequestId did not come from the API', t => {
	const {RequestId, ...body} = apiListIpsecServers();
	t.truthy(RequestId);
	t.regex(malformed(t, listIpsecServersSchema, body).message, /RequestId is missing/);
});

test('a malformed Psk is never quoted back', t => {
	const body = apiListIpsecServers();
	body.IpsecServers[0]!['Psk'] = 12_345_678;
	const error = malformed(t, listIpsecServersSchema, body);
	t.false(error.message.includes('12345678'));
	t.regex(error.message, /Psk/);
});

test('a control character in a value cannot reach the terminal', t => {
	const body = apiListIpsecServers();
	(body.IpsecServers[0]!['IpsecConfig'] as Record<string, unknown>)['IpsecPfs'] = '\u001B[2Jgroup99';
	const error = malformed(t, listIpsecServersSchema, body);
	t.false(error.message.includes('\u001B'));
});

test('IpsecPfs "disabled" is accepted (documented for connections; the domain warns about it)', t => {
	const body = apiListIpsecServers();
	(body.IpsecServers[0]!['IpsecConfig'] as Record<string, unknown>)['IpsecPfs'] = 'disabled';
	t.is(parseResponse(listIpsecServersSchema, body, 'ListIpsecServers').servers[0]?.ipsecConfig.ipsecPfs, 'disabled');
});

test('DescribeVpnGateway reads the flat object, keeps Spec as text and ignores extra fields', t => {
	const gateway = parseResponse(describeVpnGatewaySchema, {RequestId: 'R1', ...apiVpnGateway()}, 'DescribeVpnGateway');
	t.like(gateway, {
		requestId: 'R1',
		vpnGatewayId: 'vpn-bp17lofy9fd0****',
		vpcId: 'vpc-bp1ub1yt9cvakoel****',
		status: 'active',
		businessStatus: 'Normal',
		spec: '5M',
		sslVpn: 'enable',
		sslMaxConnections: 5,
		createTime: 1_495_382_400_000,
	});
	t.false('Tags' in gateway);
});

test('an unknown gateway Status is malformed, naming the value', t => {
	const error = malformed(t, describeVpnGatewaySchema, {RequestId: 'R1', ...apiVpnGateway(), Status: 'ordering'}, 'DescribeVpnGateway');
	t.regex(error.message, /^DescribeVpnGateway returned an answer this tool cannot use: Status is "ordering"/);
});

test('DescribeVpnGateways unwraps VpnGateways.VpnGateway', t => {
	const page = parseResponse(
		describeVpnGatewaysSchema,
		{RequestId: 'R2', TotalCount: 3, PageNumber: 2, PageSize: 1, VpnGateways: {VpnGateway: [apiVpnGateway()]}},
		'DescribeVpnGateways',
	);
	t.is(page.gateways.length, 1);
	t.is(page.totalCount, 3);
	t.is(page.pageNumber, 2);
	t.is(page.gateways[0]?.vpnGatewayId, 'vpn-bp17lofy9fd0****');
});

test('DescribeVpnGateways with a bare array (not the wrapper) is malformed', t => {
	const error = malformed(t, describeVpnGatewaysSchema, {RequestId: 'R2', VpnGateways: [apiVpnGateway()]}, 'DescribeVpnGateways');
	t.regex(error.message, /VpnGateways is not an object/);
});

test('DescribeVpcAttribute unwraps secondary and user CIDR blocks', t => {
	const vpc = parseResponse(describeVpcAttributeSchema, apiVpcAttribute(), 'DescribeVpcAttribute');
	t.deepEqual(vpc, {
		requestId: 'C6532AA9-0000-0000-0000-000000000003',
		vpcId: 'vpc-bp1ub1yt9cvakoel****',
		vpcName: 'main',
		regionId: 'cn-hangzhou',
		cidrBlock: '192.168.0.0/16',
		secondaryCidrBlocks: ['172.16.0.0/16'],
		userCidrs: ['10.0.0.0/8'],
	});
});

test('a VPC without secondary blocks has an empty list', t => {
	const {SecondaryCidrBlocks, UserCidrs, ...body} = apiVpcAttribute();
	t.truthy(SecondaryCidrBlocks && UserCidrs);
	const vpc = parseResponse(describeVpcAttributeSchema, body, 'DescribeVpcAttribute');
	t.deepEqual(vpc.secondaryCidrBlocks, []);
	t.deepEqual(vpc.userCidrs, []);
});

test('DescribeRegions unwraps Regions.Region', t => {
	const {regions} = parseResponse(describeRegionsSchema, apiRegions(), 'DescribeRegions');
	t.deepEqual(regions[1], {regionId: 'eu-central-1', localName: 'Germany (Frankfurt)', regionEndpoint: 'vpc.eu-central-1.aliyuncs.com'});
});

test('UpdateIpsecServer answers only a RequestId', t => {
	t.deepEqual(parseResponse(updateIpsecServerSchema, {RequestId: 'B61C08E5'}, 'UpdateIpsecServer'), {requestId: 'B61C08E5'});
	malformed(t, updateIpsecServerSchema, {}, 'UpdateIpsecServer');
});

test('a body that is not an object is malformed with one sentence', t => {
	for (const body of [null, 'OK', 42, [], true]) {
		const error = malformed(t, describeRegionsSchema, body, 'DescribeRegions');
		t.regex(error.message, /^DescribeRegions returned an answer this tool cannot use: the body is not an object;/);
	}
});
