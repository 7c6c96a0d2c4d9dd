// What preferences.json may hold, key by key (anything else is ignored): a key of the wrong type is
// dropped on its own and the others kept. Loaded with the store, after the first frame.
import {z} from 'zod';

const recentServerSchema = z.object({regionId: z.string(), ipsecServerId: z.string(), ipsecServerName: z.string(), at: z.string()});

export const preferenceSchemas = {
	lastRegion: z.string(),
	lastProfile: z.string(),
	recentServers: z.array(recentServerSchema),
} as const;

/** What each key should be, for the sentence that says one was dropped. */
export const preferenceShapes: Record<keyof typeof preferenceSchemas, string> = {
	lastRegion: 'a region ID in quotes',
	lastProfile: 'a profile name in quotes',
	recentServers: 'a list of servers',
};
