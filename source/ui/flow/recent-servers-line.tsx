// "Recent: name · name · name (Tab)" under the picker's filter; the one in the filter now is bold.
import React from 'react';
import {Text} from 'ink';
import type {RecentServer} from '../../services/preferences-store.js';
import {terminalText} from '../fields/terminal-text.js';
import {useUiEnvironment} from '../shell/ui-environment.js';

export function RecentServersLine({recent, filter}: {recent: RecentServer[]; filter: string}) {
	const {symbols, unicode} = useUiEnvironment();
	if (recent.length === 0) {
		return null;
	}

	return (
		<Text wrap="truncate-end">
			<Text dimColor>Recent: </Text>
			{recent.map((server, index) => (
				<Text key={server.ipsecServerId}>
					{index > 0 ? <Text dimColor>{symbols.separator}</Text> : undefined}
					<Text bold={server.ipsecServerId === filter.trim()}>{terminalText(server.ipsecServerName, unicode)}</Text>
				</Text>
			))}
			<Text dimColor> (Tab)</Text>
		</Text>
	);
}
