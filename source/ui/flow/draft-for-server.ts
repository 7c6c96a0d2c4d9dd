// The draft the edit flow starts from: the loaded configuration, with the key from --psk-file
// already in place when one was given, and a generated key ready for "generate".
import {configFromServer} from '../../domain/index.js';
import type {IpsecServer} from '../../domain/model.js';
import {draftFromConfig, type Draft} from '../edit/draft.js';

export function draftForServer(server: IpsecServer, {pskFromFile, generatedPsk = ''}: {pskFromFile?: string; generatedPsk?: string} = {}): Draft {
	const draft = {...draftFromConfig(configFromServer(server)), generatedPsk};
	return pskFromFile === undefined || pskFromFile === server.psk ? draft : {...draft, pskAction: 'replace', typedPsk: pskFromFile};
}

/**
 * After someone else changed the server: what the user left alone follows the server's new values
 * (so submitting cannot undo the other change), what the user changed stays as typed.
 */
export function rebaseDraft(draft: Draft, previous: IpsecServer, current: IpsecServer): Draft {
	const before = draftFromConfig(configFromServer(previous));
	const after = draftFromConfig(configFromServer(current));
	const rebased: Record<string, unknown> = {...draft};
	for (const key of Object.keys(after) as Array<keyof Draft>) {
		if (draft[key] === before[key]) {
			rebased[key] = after[key];
		}
	}

	return rebased as Draft;
}
