// The one sentence for "no credentials": every way to provide them, and the way to do without.
import {ApiError} from './api-error.js';

export const credentialsMissingError = (profile?: string): ApiError =>
	new ApiError({
		kind: 'credentials',
		code: 'CredentialsNotFound',
		message: profile
			? `No usable credentials were found for profile "${profile}" in ~/.aliyun/config.json or ~/.alibabacloud/credentials; run \`aliyun configure --profile ${profile}\`, pick another --profile, or try --sandbox.`
			: 'No Alibaba Cloud credentials were found; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, run `aliyun configure`, or write ~/.alibabacloud/credentials — or try the wizard without an account with --sandbox.',
		retryable: false,
	});
