// The two official clients, pointed at a started sandbox, exactly as the wizard would use them.
import Vpc from '@alicloud/vpc20160428';
import {$OpenApiUtil} from '@alicloud/openapi-core';
import OpenApi from '@alicloud/openapi-client';
import type {Sandbox, SandboxCredentials} from '../../../source/sandbox/sandbox-types.js';

export type ClientOptions = {
	signatureAlgorithm?: 'v2';
	credentials?: SandboxCredentials;
	regionId?: string;
};

export function vpcClient(sandbox: Sandbox, options: ClientOptions = {}) {
	const credentials = options.credentials ?? sandbox.credentials;
	return new Vpc.default(new $OpenApiUtil.Config({
		accessKeyId: credentials.accessKeyId,
		accessKeySecret: credentials.accessKeySecret,
		endpoint: sandbox.endpoint,
		protocol: 'http',
		regionId: options.regionId ?? 'cn-hangzhou',
		...(options.signatureAlgorithm ? {signatureAlgorithm: options.signatureAlgorithm} : {}),
	}));
}

export function openApiClient(sandbox: Sandbox, options: ClientOptions = {}) {
	const credentials = options.credentials ?? sandbox.credentials;
	return new OpenApi.default(new OpenApi.Config({
		accessKeyId: credentials.accessKeyId,
		accessKeySecret: credentials.accessKeySecret,
		endpoint: sandbox.endpoint,
		protocol: 'http',
		...(options.signatureAlgorithm ? {signatureAlgorithm: options.signatureAlgorithm} : {}),
	}));
}

export {Vpc};
