// One plain sentence per service error code we know of: what happened and what to do. Sources:
// vpc-api.md §3.5, §4, §6 and the UpdateIpsecServer page's error table. Codes not listed here
// fall back to the service's own Message (see service-error.ts).
export const errorSentences: Readonly<Record<string, string>> = {
	// Request mechanics and authentication.
	MissingParameter: 'The request lacked a parameter the service requires; this is a bug in the tool, please report it.',
	InvalidParameter: 'The service rejected one of the parameters as not valid; check the values you entered and try again.',
	IncompleteSignature: 'The service could not read the request signature; check that --endpoint points at the VPC API and not at a proxy that rewrites requests.',
	SignatureDoesNotMatch: 'The service did not accept the request signature; check that the AccessKey secret belongs to this AccessKey ID and that no proxy rewrites the Host header.',
	'InvalidAccessKeyId.NotFound': 'The service does not know this AccessKey ID; check the credentials you configured (or create a new AccessKey in the RAM console).',
	'InvalidTimeStamp.Expired': "The service rejected the request's time stamp; set this computer's clock to the correct time (within 15 minutes) and try again.",
	'InvalidTimeStamp.Format': "The service could not read the request's time stamp; check this computer's clock and try again.",
	SignatureNonceUsed: 'The service saw this request twice; try again.',
	'InvalidAction.NotFound': 'The endpoint does not offer this VPC API action; check that --endpoint points at the VPC API.',
	InvalidVersion: 'The endpoint does not offer VPC API version 2016-04-28; check that --endpoint points at the VPC API.',
	InvalidCredentials: 'No usable AccessKey was configured; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, run `aliyun configure`, or try --sandbox.',
	Forbidden: 'This AccessKey is not allowed to do that; ask your administrator for the RAM permission (for changes: vpc:UpdateIpsecServer) and try again.',
	'Forbbiden.SubUser': 'This RAM user is not allowed to do that; ask your administrator for the VPC permissions and try again.',
	'InvalidRegionId.NotFound': 'The service does not know this region; pick a region from the list and try again.',

	// Throttling and temporary failures (retried automatically before the user sees them).
	Throttling: 'The service is limiting how fast requests may be sent; wait a moment and try again.',
	'Throttling.User': 'The service is limiting how fast this account may send requests; wait a moment and try again.',
	'Throttling.Api': 'The service is limiting how fast this action may be called; wait a moment and try again.',
	'Rejected.Throttling': 'The service is limiting how fast requests may be sent; wait a moment and try again.',
	ServiceUnavailable: 'The service is temporarily unavailable; wait a moment and try again.',
	InternalError: 'The service failed with an internal error; wait a moment and try again.',
	SystemBusy: 'The service is busy; wait a moment and try again.',

	// Idempotency and dry runs.
	IdempotentParameterMismatch: 'The service already received a different change under this request token; reload the server and plan the change again.',
	DryRunOperation: 'The service checked the change and would accept it; nothing was changed.',

	// Resources.
	'InvalidVpnGatewayInstanceId.NotFound': 'The VPN gateway does not exist (any more) in this region; check the region and reload the list.',
	'InvalidVpcId.NotFound': 'The VPC of this VPN gateway does not exist (any more) in this region; check the region and reload.',
	'InvalidIpsecServerId.NotFound': 'The IPsec server does not exist (any more) in this region; check the region and reload the list.',
	'InvalidIDaaSInstanceId.NotFound': 'The IDaaS instance this IPsec server uses for two-factor authentication does not exist; fix it in the console first.',

	// UpdateIpsecServer and its gateway.
	'VpnGateway.Configuring': 'The VPN gateway is still applying an earlier change; wait until it is active and try again.',
	'VpnGateway.FinancialLocked': 'The VPN gateway is suspended because of an overdue payment; top up the account and try again.',
	'VpnGateway.SslVpnDisabled': 'The VPN gateway does not have SSL-VPN enabled, which an IPsec server needs; enable it in the console first.',
	OperationConflict: 'Another change to this IPsec server was made moments ago; wait a minute and try again.',
	'OperationUnsupported.IpsecPfs': 'The service does not support this IpsecPfs value for the IPsec server; choose a DH group such as group2 instead.',
	'OperationUnsupported.IPsecServer': 'This VPN gateway does not support an IPsec server; check the gateway type and version.',
	'OperationFailed.IPsecServerExist': 'This VPN gateway already has an IPsec server.',
	'IllegalParam.AuthMethod': 'The change would leave no way to authenticate clients; keep the pre-shared key (PskEnabled) on.',
	'IllegalParam.LocalSubnet': 'The service rejected LocalSubnet; give comma-separated IPv4 CIDR blocks such as 192.168.1.0/24.',
	'IllegalParam.ClientIpPool': 'The service rejected ClientIpPool; give one IPv4 CIDR block such as 10.10.0.0/24.',
	'MissingParam.IDaaSInstanceId': 'Two-factor authentication is on but no IDaaS instance is set; fix it in the console first.',
	'OperationFailed.NoRamPermission': 'The VPN service may not use your IDaaS instance; grant it the RAM permission in the console first.',
	'OperationFailed.AddVpcRoute': 'The service could not add the VPC route for the client pool; check the VPC route table (route quota, conflicting routes) and try again.',
	'ClientIpPool.NetmaskInvalid': 'ClientIpPool must have a netmask between /16 and /29; choose a block in that range.',
	'ClientIpPool.SubnetInvalid': 'The service cannot use this ClientIpPool block; choose another private CIDR block.',
	'InvalidClientIpPool.Conflict': 'ClientIpPool overlaps other resources in the same VPC; choose a block outside the VPC CIDR blocks.',
	'VpnRouteEntry.Conflict': 'ClientIpPool conflicts with a VPN connection or the SSL server on this gateway; choose another block.',
	'QuotaExceeded.VpnRouteEntry': 'The VPN gateway has reached its route entry quota; remove unused routes or ask for a higher quota.',
};

/** The sentence for a code, own entries only (a code like `toString` must not find Object's). */
export const knownSentence = (code: string): string | undefined =>
	Object.hasOwn(errorSentences, code) ? errorSentences[code] : undefined;
