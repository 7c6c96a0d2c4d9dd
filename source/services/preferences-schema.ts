// What preferences.json may hold (anything else is ignored); loaded with the store, after the first frame.
import {z} from 'zod';

export const preferencesSchema = z.object({
	lastRegion: z.string().optional(),
	lastProfile: z.string().optional(),
	recentServers: z
		.array(z.object({regionId: z.string(), ipsecServerId: z.string(), ipsecServerName: z.string(), at: z.string()}))
		.catch([]),
});
