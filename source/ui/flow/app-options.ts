// What the command line decided for the wizard.

export type AppOptions = {
	regionId?: string;
	ipsecServerId?: string;
	vpnGatewayId?: string;
	profile?: string;
	sandbox: boolean;
	timeoutMs: number;
	/** The new PSK from --psk-file. */
	psk?: string;
	/** How this run connected, for the `ipsec-wizard status …` command it prints (--endpoint, --profile, --sandbox). */
	connectionFlags?: string[];
};
