// The draft the edit flow starts from: the loaded configuration, with the key from --psk-file
// already in place when one was given.
import {configFromServer} from '../../domain/index.js';
import type {IpsecServer} from '../../domain/model.js';
import {draftFromConfig, type Draft} from '../edit/draft.js';

export function draftForServer(server: IpsecServer, pskFromFile: string | undefined): Draft {
	const draft = draftFromConfig(configFromServer(server));
	return pskFromFile === undefined || pskFromFile === server.psk ? draft : {...draft, pskAction: 'replace', typedPsk: pskFromFile};
}

/**
 * After someone else changed the server: a draft that keeps the key keeps the server's current key,
 * so resubmitting cannot put back the old one.
 */
export function rebaseDraft(draft: Draft, server: IpsecServer): Draft {
	return draft.pskAction === 'keep' ? {...draft, loadedPsk: server.psk} : draft;
}
