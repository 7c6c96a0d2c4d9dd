// The shape a pending-updates/<server>.json record must have to be trusted (zod; loaded only when a file is read,
// so zod stays out of the first frame).
import {z} from 'zod';
import {storedConfigShape} from './stored-config-schema.js';

// The settings as the field catalogue declares them; lifetimes as any number and groups that
// tolerate a key they do not know, as these records have always been read.
const configFields = storedConfigShape({seconds: z.number(), strictGroups: false});

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
