// `ipsec-wizard show|plan|apply --help`: each runbook command's flags. ASCII only, like usage.ts.
import type {RunbookCommand} from './parse-runbook-arguments.js';

const connection = `
  --profile P       credentials profile, as for the wizard
  --endpoint HOST   VPC API endpoint, host[:port] or http(s)://host[:port]
  --sandbox         against the embedded emulator; nothing real is changed
  --json            one JSON object on stdout (progress and problems on stderr)`;

export const runbookUsage: Record<RunbookCommand['kind'], string> = {
	show: `Usage: ipsec-wizard show --region R --server iss-... [--json]

The server's settings under the API's names (the Psk only as set/none, masked),
its gateway and status, and the advisories.
${connection}`,
	plan: `Usage: ipsec-wizard plan --region R --server iss-... --set KEY=VALUE ... --out plan.json
         [--preset recommended] [--psk-file F | --generate-psk F] [--apply-immediately] [--json]

Checks the change with the wizard's rules, prints the diff, the impact and the
advisories, and writes the plan for ipsec-wizard apply. Nothing is changed.
  --set KEY=VALUE     KEY as the API names it: IpsecServerName, LocalSubnet,
                      ClientIpPool, EffectImmediately, PskEnabled,
                      IkeConfig.IkeVersion ... IkeConfig.RemoteId,
                      IpsecConfig.IpsecEncAlg ... IpsecConfig.IpsecLifetime
  --preset recommended  Phase 1 and Phase 2 algorithms as recommended
  --psk-file F        the new pre-shared key, read from F
  --generate-psk F    make a new key and write it to F (mode 0600, never over a file)
  --apply-immediately renegotiate tunnels as soon as it is applied
  --out FILE          where the plan goes (it never holds a key)
${connection}
Exit codes: 0 planned or nothing to change, 1 the server could not be read,
2 a bad value or unknown key (one sentence each; no file written).`,
	apply: `Usage: ipsec-wizard apply plan.json [--yes] [--timeout 10m]

Re-reads the server (refused if it changed since the plan), prechecks with
DryRun, sends the plan with its ClientToken, follows the gateway and verifies.
Applying the same plan again sends nothing and says so.
  --yes             apply without asking (needed without a terminal)
  --timeout 10m     how long to wait for the gateway to be active again
${connection}
Exit codes: 0 verified or already applied, 1 refused, changed since the plan,
verification failed or timed out, 2 a bad plan or no --yes without a terminal,
130 interrupted (143 SIGTERM) with the command to follow the update.`,
};
