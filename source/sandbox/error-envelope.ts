// The JSON body of every error answer, as the service writes it (vpc-api.md §6).
import type {SandboxError} from './error-catalogue.js';

export type ErrorEnvelope = {
	RequestId: string;
	HostId: string;
	Code: string;
	Message: string;
	Recommend: string;
};

export function errorEnvelope(error: SandboxError, requestId: string, hostId: string): ErrorEnvelope {
	return {
		RequestId: requestId,
		HostId: hostId,
		Code: error.code,
		Message: error.message,
		Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Vpc&requestId=${requestId}`,
	};
}
