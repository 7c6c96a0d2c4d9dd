// What every credentials source gives: @alicloud/credentials' provider shape, so the library's
// providers and ours (External mode) are interchangeable and wrap into its Credential client.

export type ProvidedCredentials = {
	accessKeyId: string;
	accessKeySecret: string;
	securityToken?: string;
	providerName: string;
};

export type CredentialsProvider = {
	getCredentials(): Promise<ProvidedCredentials>;
	getProviderName(): string;
};
