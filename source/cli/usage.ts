// The --help text: every flag, the keys, the exit codes and the environment variables. ASCII only,
// so it reads the same under any locale.

export const usage = `
	Usage
	  $ ipsec-wizard [options]
	      change an IPsec server, step by step
	  $ ipsec-wizard status --region R --gateway vpn-... [--server iss-...]
	      follow an update until the gateway is active again (works without a terminal)
	  $ ipsec-wizard sandbox [--port N]
	      run the VPC API emulator on 127.0.0.1
	  $ ipsec-wizard show --region R --server iss-... [--json]
	      the server's settings under the API's names, its gateway, the advisories
	  $ ipsec-wizard plan --region R --server iss-... --set KEY=VALUE ... --out plan.json
	      check a change with the wizard's rules and write it as a plan (changes nothing)
	  $ ipsec-wizard apply plan.json [--yes]
	      re-read, DryRun, send, follow and verify a plan (the same calls as the wizard)
	  $ ipsec-wizard client-config --region R --server iss-... [--format F] [--out DIR]
	      client profiles (swanctl.conf, .mobileconfig, a settings card) from the server's settings
	  Runbook commands: ipsec-wizard show|plan|apply|client-config --help for their flags

	Options
	  --region R         region ID, e.g. cn-hangzhou (default: ALIBABA_CLOUD_REGION_ID and the
	                     aliyun CLI's other region variables, the profile's region_id, the last
	                     one used, else a list)
	  --server iss-...   edit this IPsec server (skips the picker)
	  --gateway vpn-...  only servers on this VPN gateway (status: the gateway to follow)
	  --profile P        credentials profile (~/.aliyun/config.json or ~/.alibabacloud/credentials;
	                     default: ALIBABA_CLOUD_PROFILE, ALIBABACLOUD_PROFILE, ALICLOUD_PROFILE,
	                     else the aliyun CLI's current profile)
	  --endpoint HOST    VPC API endpoint, host[:port] or http(s)://host[:port]
	  --sandbox          run against the embedded emulator; nothing real is changed
	  --timeout 10m      how long to wait for the gateway to be active again (s, m or h)
	  --psk-file F       read the new pre-shared key from file F instead of typing it
	  --no-color         no colours (also NO_COLOR=1 or TERM=dumb)
	  --port N           sandbox command: port to listen on (default: any free port)
	  --help             this text
	  --version          the version

	Keys
	  Enter next, Esc back, Tab/Up/Down move, r recommended preset, ? help
	  Ctrl+G from any edit step straight to the review; there 3-7 go to that step
	  Ctrl+R reveal the PSK, PgDn load more servers, q leave the live status, Ctrl+C quit
	  p on the last screen: write the client profiles

	Exit codes
	  0    verified, or nothing to change (apply: also already applied)
	  1    failed (the service refused, verification failed, or timed out;
	       apply: the server changed since the plan)
	  2    usage error (bad flag, or no terminal for the interactive wizard;
	       plan: a bad value or unknown key; apply: a bad plan, or no --yes off a terminal)
	  130  aborted (Ctrl+C, SIGINT, or q before verification); 129 on SIGHUP, 143 on SIGTERM

	Environment
	  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN
	                   credentials (also ALIBABACLOUD_ and ALICLOUD_...; else an OIDC role, an
	                   aliyun CLI profile, the credentials file, the ECS RAM role,
	                   ALIBABA_CLOUD_CREDENTIALS_URI - the Alibaba Cloud default chain)
	  ALIBABA_CLOUD_PROFILE, ALIBABACLOUD_PROFILE, ALICLOUD_PROFILE  the profile
	  ALIBABA_CLOUD_REGION_ID, ALIBABACLOUD_REGION_ID, ALICLOUD_REGION_ID, REGION_ID, REGION
	                   the region, after --region
	  ALIBABA_CLOUD_CREDENTIALS_FILE, ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true,
	  ALIBABA_CLOUD_IGNORE_PROFILE=TRUE (~/.aliyun/config.json not read),
	  ALIBABA_CLOUD_ECS_METADATA_DISABLED=true
	  IPSEC_WIZARD_SANDBOX_UPDATING_MS, IPSEC_WIZARD_SANDBOX_SERVERS, IPSEC_WIZARD_SANDBOX_FAULTS
	                   emulator settings for --sandbox and the sandbox command: how long a
	                   gateway stays updating (ms), servers in cn-shanghai, injected faults
	                   (e.g. seed=7,latency=50,throttle=0.1,5xx=0.1,drop=0.05)
	  IPSEC_WIZARD_CONFIG_DIR  folder for preferences.json, audit.jsonl, pending-updates/
	  NO_COLOR, FORCE_COLOR, TERM  colours; LC_ALL, LC_CTYPE, LANG  Unicode only with UTF-8

	Examples
	  $ ipsec-wizard --sandbox
	  $ ipsec-wizard --region cn-hangzhou --server iss-bp1example
	  $ ssh -t admin@host ipsec-wizard --region cn-hangzhou
	  $ ipsec-wizard plan --region cn-hangzhou --server iss-bp1example --set IkeConfig.IkeEncAlg=aes256 --out plan.json
	  $ ipsec-wizard apply plan.json --yes
`;
