// The shape a pending-updates/<server>.json record must have to be trusted (zod; loaded only when a file is read,
// so zod stays out of the first frame).
import {z} from 'zod';

const ikeConfigSchema = z.object({
	ikeVersion: z.enum(['ikev1', 'ikev2']),
	ikeMode: z.enum(['main', 'aggressive']),
	ikeEncAlg: z.enum(['aes', 'aes192', 'aes256', 'des', '3des']),
	ikeAuthAlg: z.enum(['md5', 'sha1', 'sha256', 'sha384', 'sha512']),
	ikePfs: z.enum(['group1', 'group2', 'group5', 'group14']),
	ikeLifetime: z.number(),
	localId: z.string(),
	remoteId: z.string(),
});

const ipsecConfigSchema = z.object({
	ipsecEncAlg: z.enum(['aes', 'aes192', 'aes256', 'des', '3des']),
	ipsecAuthAlg: z.enum(['md5', 'sha1', 'sha256', 'sha384', 'sha512']),
	ipsecPfs: z.enum(['disabled', 'group1', 'group2', 'group5', 'group14']),
	ipsecLifetime: z.number(),
});

const configFields = {
	ipsecServerName: z.string(),
	localSubnet: z.array(z.string()),
	clientIpPool: z.string(),
	effectImmediately: z.boolean(),
	ikeConfig: ikeConfigSchema,
	ipsecConfig: ipsecConfigSchema,
	pskEnabled: z.boolean(),
};

export const pendingUpdateSchema = z.object({
	recordedAt: z.string(),
	regionId: z.string(),
	ipsecServerId: z.string(),
	ipsecServerName: z.string(),
	vpnGatewayId: z.string(),
	clientToken: z.string(),
	synchronous: z.boolean(),
	params: z.object(configFields).partial().strict(),
	pskChanged: z.boolean(),
	pskHash: z.object({algorithm: z.literal('scrypt'), salt: z.string().min(1), hash: z.string().min(1)}).strict().optional(),
	expected: z.object(configFields).strict(),
	before: z.object(configFields).strict().optional(),
	changes: z.array(z.object({field: z.string(), label: z.string(), before: z.string(), after: z.string()}).strict()).optional(),
});
