// Every error the sandbox can answer, with the HTTP status and message the real service uses.
// `%s` in a message is filled from the arguments in order. Statuses marked UNCONFIRMED are our
// best reading of the sources (vpc-api.md §3.5, §6, §11).
export const errorCatalogue = {
	// Request mechanics and authentication.
	MissingParameter: {status: 400, message: 'The input parameter "%s" that is mandatory for processing this request is not supplied.'},
	InvalidParameter: {status: 400, message: 'The specified parameter "%s" is not valid: %s'},
	// UNCONFIRMED: 400 is the common reading; one Alibaba appendix lists 403.
	IncompleteSignature: {status: 400, message: 'The request signature does not conform to Aliyun standards: %s'},
	// UNCONFIRMED: 400 is the safer and commoner reading; one CDN appendix lists 403.
	SignatureDoesNotMatch: {status: 400, message: 'Specified signature is not matched with our calculation. server string to sign is:%s'},
	'InvalidAccessKeyId.NotFound': {status: 404, message: 'Specified access key is not found.'},
	'InvalidTimeStamp.Expired': {status: 400, message: 'Specified time stamp or date value is expired.'},
	'InvalidTimeStamp.Format': {status: 400, message: 'Specified time stamp or date value is not well formatted.'},
	SignatureNonceUsed: {status: 400, message: 'Specified signature nonce was used already.'},
	// UNCONFIRMED: 404 as the POP gateway answers an unknown API.
	'InvalidAction.NotFound': {status: 404, message: 'Specified api is not found, please check your url and method.'},
	InvalidVersion: {status: 400, message: 'Specified parameter Version is not valid.'},
	Forbidden: {status: 403, message: 'User not authorized to operate on the specified resource.'},
	// UNCONFIRMED: the code and status for a region the service does not know.
	'InvalidRegionId.NotFound': {status: 404, message: 'The specified region (%s) does not exist.'},
	// UNCONFIRMED: no source names the gateway's answer to an oversized body; 413 is HTTP's.
	RequestEntityTooLarge: {status: 413, message: 'The request body is larger than %s bytes.'},

	// Faults.
	'Throttling.User': {status: 400, message: 'Request was denied due to user flow control.'},
	ServiceUnavailable: {status: 503, message: 'The request has failed due to a temporary failure of the server.'},
	InternalError: {status: 500, message: 'The request processing has failed due to some unknown error, exception or failure.'},

	// Idempotency and dry runs (the general Alibaba conventions).
	IdempotentParameterMismatch: {status: 400, message: 'The request uses the same client token as a previous, but non-identical request.'},
	DryRunOperation: {status: 400, message: 'Request validation has been passed with DryRun flag set.'},

	// Resources.
	'InvalidVpnGatewayInstanceId.NotFound': {status: 404, message: 'The specified vpn gateway instance id does not exist.'},
	'InvalidVpcId.NotFound': {status: 404, message: 'Specified VPC does not exist.'},
	// UNCONFIRMED: no source names the not-found code of UpdateIpsecServer; this is the current page's.
	'InvalidIpsecServerId.NotFound': {status: 404, message: 'The specified IPsec server ID (%s) does not exist.'},

	// UpdateIpsecServer (the API page's table).
	'VpnGateway.Configuring': {status: 400, message: 'The specified service is configuring.'},
	'VpnGateway.FinancialLocked': {status: 400, message: 'The specified service is financial locked.'},
	'OperationUnsupported.IpsecPfs': {status: 400, message: 'The specified IPsec Pfs is unsupported.'},
	'IllegalParam.AuthMethod': {status: 400, message: 'One authentication method (Psk or IDaaS) should be specified at least.'},
	'IllegalParam.LocalSubnet': {status: 400, message: 'The specified "LocalSubnet" (%s) is invalid.'},
	'IllegalParam.ClientIpPool': {status: 400, message: 'The specified "ClientIpPool" (%s) is invalid.'},
	'ClientIpPool.NetmaskInvalid': {status: 400, message: 'The netmask length of client IP pool must be greater than or equal to 16 and less than or equal to 29.'},
	'VpnRouteEntry.Conflict': {status: 400, message: 'The specified client IP pool conflicts with VPN connection or SSL server.'},
	'InvalidClientIpPool.Conflict': {status: 400, message: 'The specified client IP pool conflicts with other resources in the same VPC.'},
	OperationConflict: {status: 409, message: 'The operation against this instance is too frequent, please try again later.'},
} as const satisfies Record<string, {status: number; message: string}>;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error the service answers with its envelope. Thrown by checks, caught by the dispatcher. */
export class SandboxError extends Error {
	override readonly name = 'SandboxError';
	readonly code: ErrorCode;
	readonly status: number;

	constructor(code: ErrorCode, ...args: string[]) {
		const entry = errorCatalogue[code];
		let index = 0;
		super(entry.message.replace(/%s/g, () => args[index++] ?? ''));
		this.code = code;
		this.status = entry.status;
	}
}
