// Step 9's stages as the submit screen names them. The wizard's submit runs the same journey as
// `ipsec-wizard apply` (re-read, DryRun without the plan's ClientToken, the pending record and the
// audit line `sending` before the update leaves, submit with the plan's token, follow, verify),
// through the same runner: source/engine/wizard-runner.ts.
import type {SubmitStage} from '../../engine/journey.js';

export {busyCodes} from '../../engine/runner.js';
export type {SubmitStage} from '../../engine/journey.js';

export const submitStages: Array<{stage: SubmitStage; label: string}> = [
	{stage: 'rereading', label: 'Re-reading the server (has anyone changed it?)'},
	{stage: 'prechecking', label: 'Prechecking with DryRun'},
	{stage: 'recording', label: 'Recording the pending update'},
	{stage: 'submitting', label: 'Sending UpdateIpsecServer'},
];
