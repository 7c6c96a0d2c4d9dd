// Answers as the VPC API documents them (vpc-api.md §2.2, §4, §5), PascalCase, for parser tests.
export const apiIpsecServer = () => ({
	IpsecServerId: 'iss-bp1bo3xuvcxo7ixll****',
	IpsecServerName: 'test',
	RegionId: 'cn-hangzhou',
	VpnGatewayId: 'vpn-bp17lofy9fd0****',
	ResourceGroupId: 'rg-acfmzs372yg****',
	InternetIp: '47.XX.XX.246',
	LocalSubnet: '192.168.1.0/24,192.168.2.0/24',
	ClientIpPool: '10.1.1.0/24',
	CreationTime: '2021-02-22T07:54:38Z',
	EffectImmediately: false,
	Psk: 'so7suwy-secret-psk',
	PskEnabled: true,
	MultiFactorAuthEnabled: false,
	IDaaSInstanceId: 'idaas-cn-hangzhou-****',
	MaxConnections: 10,
	OnlineClientCount: 0,
	IkeConfig: {
		IkeVersion: 'ikev2',
		IkeMode: 'main',
		IkeEncAlg: 'aes',
		IkeAuthAlg: 'sha1',
		IkePfs: 'group2',
		IkeLifetime: 86_400,
		LocalId: '47.XX.XX.246',
		RemoteId: 'client.example.com',
	} as Record<string, unknown>,
	IpsecConfig: {IpsecEncAlg: 'aes', IpsecAuthAlg: 'sha1', IpsecPfs: 'group2', IpsecLifetime: 86_400} as Record<string, unknown>,
});

export const apiListIpsecServers = () => ({
	RequestId: '66881D3C-0000-0000-0000-000000000001',
	TotalCount: 1,
	MaxResults: 10,
	NextToken: 'caeba0bbb2be03f84eb48b699f0a4883',
	IpsecServers: [apiIpsecServer() as Record<string, unknown>],
});

export const apiVpnGateway = () => ({
	VpnGatewayId: 'vpn-bp17lofy9fd0****',
	Name: 'office',
	Description: '',
	VpcId: 'vpc-bp1ub1yt9cvakoel****',
	VSwitchId: 'vsw-bp1y9ovl1cu9ou4t****',
	InternetIp: '47.XX.XX.246',
	Status: 'active',
	BusinessStatus: 'Normal',
	Spec: '5M',
	ChargeType: 'POSTPAY',
	IpsecVpn: 'enable',
	SslVpn: 'enable',
	SslMaxConnections: 5,
	CreateTime: 1_495_382_400_000,
	EndTime: 1_498_060_800_000,
	Tag: '{"VpnEnableBgp":"true"}',
	Tags: {Tag: [{Key: 'team', Value: 'net'}]},
} as Record<string, unknown>);

export const apiVpcAttribute = () => ({
	RequestId: 'C6532AA9-0000-0000-0000-000000000003',
	VpcId: 'vpc-bp1ub1yt9cvakoel****',
	VpcName: 'main',
	RegionId: 'cn-hangzhou',
	Status: 'Available',
	CidrBlock: '192.168.0.0/16',
	SecondaryCidrBlocks: {SecondaryCidrBlock: ['172.16.0.0/16']},
	UserCidrs: {UserCidr: ['10.0.0.0/8']},
} as Record<string, unknown>);

export const apiRegions = () => ({
	RequestId: '611CB80C-0000-0000-0000-000000000004',
	Regions: {
		Region: [
			{RegionId: 'cn-qingdao', LocalName: 'China (Qingdao)', RegionEndpoint: 'vpc.aliyuncs.com'},
			{RegionId: 'eu-central-1', LocalName: 'Germany (Frankfurt)', RegionEndpoint: 'vpc.eu-central-1.aliyuncs.com'},
		] as Array<Record<string, unknown>>,
	},
});
