// The region the way the aliyun CLI picks it after --region: its environment variables, in its
// order (then the profile's region_id, then the wizard's last region — decided by the caller).

export const regionVariables = ['ALIBABA_CLOUD_REGION_ID', 'ALIBABACLOUD_REGION_ID', 'ALICLOUD_REGION_ID', 'REGION_ID', 'REGION'] as const;

export const regionIdPattern = /^[a-z]{2,}(?:-[a-z\d]+)+$/;

export const isRegionId = (value: string): boolean => regionIdPattern.test(value);

/** The first variable that is set; a value that is not a region ID is one sentence naming it. */
export function regionFromEnvironment(env: NodeJS.ProcessEnv): {regionId?: string; error?: string} {
	for (const name of regionVariables) {
		const value = env[name]?.trim();
		if (value) {
			return isRegionId(value) ? {regionId: value} : {error: `${name} "${value}" does not look like a region ID (e.g. cn-hangzhou); fix or unset it, or give --region.`};
		}
	}

	return {};
}
