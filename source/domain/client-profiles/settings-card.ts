// What to type into a phone's or a desktop's built-in IKEv2 client by hand, field by field, as
// plain text that fits 80 columns (the server's name may be wide: CJK counts two columns).
import type {IpsecServerConfig} from '../model.js';
import {gatewayIdentity, printableName, profileSecret, pskPlaceholder, type ProfileFile, type ProfileInput} from './profile-input.js';

export const cardWidth = 80;
const labelWidth = 24;

const wide = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{20000}-\u{3FFFD}]/u;

export function columns(text: string): number {
	let width = 0;
	for (const character of text) {
		width += wide.test(character) ? 2 : 1;
	}

	return width;
}

function fitted(text: string, width: number): string {
	if (columns(text) <= width) {
		return text;
	}

	let out = '';
	for (const character of text) {
		if (columns(out + character) > width - 3) {
			break;
		}

		out += character;
	}

	return `${out}...`;
}

function chunks(word: string, width: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const character of word) {
		if (columns(piece + character) > width) {
			pieces.push(piece);
			piece = '';
		}

		piece += character;
	}

	return [...pieces, piece];
}

/** Rows of `label  value`; a long value continues on lines indented under the value. */
function rows(entries: Array<[string, string]>): string[] {
	const lines: string[] = [];
	const room = cardWidth - labelWidth;
	for (const [label, value] of entries) {
		// A word wider than the room (a long key) is cut into pieces, never shortened.
		const words = value.split(' ').flatMap(word => chunks(word, room));
		let line = '';
		const pieces: string[] = [];
		for (const word of words) {
			if (line.length > 0 && columns(`${line} ${word}`) > room) {
				pieces.push(line);
				line = word;
			} else {
				line = line.length > 0 ? `${line} ${word}` : word;
			}
		}

		pieces.push(line);
		pieces.forEach((piece, index) => {
			lines.push(`${(index === 0 ? label : '').padEnd(labelWidth)}${piece}`.trimEnd());
		});
	}

	return lines;
}

const upper = (value: string) => value.toUpperCase();

function phase2Pfs(config: IpsecServerConfig): string {
	return config.ipsecConfig.ipsecPfs === 'disabled' ? 'off (no DH group)' : `on, DH ${config.ipsecConfig.ipsecPfs}`;
}

export function settingsCard(input: ProfileInput): ProfileFile {
	const {config} = input;
	const {ikeConfig: ike, ipsecConfig: ipsec} = config;
	const secret = profileSecret(input);
	const type = ike.ikeVersion === 'ikev2' ? 'IKEv2' : `IKEv1, ${ike.ikeMode} mode`;
	const lines = [
		fitted(`IPsec server ${printableName(config.ipsecServerName)} (${input.ipsecServerId})`, cardWidth),
		'What to type into a built-in IKEv2 client (iOS, macOS, Android) or any other.',
		'-'.repeat(cardWidth),
		...rows([
			['Type', type],
			['Server', input.gatewayInternetIp],
			['Remote ID', gatewayIdentity(input)],
			['Local ID', ike.remoteId.length > 0 ? ike.remoteId : '(leave empty)'],
			['User authentication', 'none'],
			['Authentication', 'pre-shared key (shared secret), no certificate'],
			['Secret', secret === pskPlaceholder ? '(not included: ask for the pre-shared key)' : secret],
		]),
		'',
		'Advanced settings, where the client has them:',
		...rows([
			['IKE encryption', upper(ike.ikeEncAlg)],
			['IKE integrity', upper(ike.ikeAuthAlg)],
			['IKE DH group', ike.ikePfs],
			['IKE SA lifetime', `${ike.ikeLifetime} s`],
			['ESP encryption', upper(ipsec.ipsecEncAlg)],
			['ESP integrity', upper(ipsec.ipsecAuthAlg)],
			['PFS (Phase 2)', phase2Pfs(config)],
			['Child SA lifetime', `${ipsec.ipsecLifetime} s`],
			['Virtual IP', `assigned by the server from ${config.clientIpPool}`],
			['Networks via tunnel', config.localSubnet.join(', ')],
		]),
	];
	return {format: 'card', fileName: 'settings-card.txt', content: `${lines.join('\n')}\n`, holdsKey: secret !== pskPlaceholder};
}
