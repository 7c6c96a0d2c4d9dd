// The two fixed key pairs the sandbox accepts. They are deliberately shaped so nobody can take
// them for real Alibaba Cloud keys (real AccessKey IDs start with LTAI); printing them is fine.
import type {SandboxCredentials} from './sandbox-types.js';

export type AccessLevel = 'read-write' | 'read-only';

export type SandboxAccessKey = SandboxCredentials & {level: AccessLevel};

export const readWriteKey: SandboxAccessKey = {
	accessKeyId: 'SANDBOXRW0000000000000001',
	accessKeySecret: 'sandbox-read-write-secret-not-a-real-key',
	level: 'read-write',
};

export const readOnlyKey: SandboxAccessKey = {
	accessKeyId: 'SANDBOXRO0000000000000001',
	accessKeySecret: 'sandbox-read-only-secret-not-a-real-key',
	level: 'read-only',
};

const keys = new Map([readWriteKey, readOnlyKey].map(key => [key.accessKeyId, key]));

export function findAccessKey(accessKeyId: string): SandboxAccessKey | undefined {
	return keys.get(accessKeyId);
}

export function credentialsOf(key: SandboxAccessKey): SandboxCredentials {
	return {accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret};
}
