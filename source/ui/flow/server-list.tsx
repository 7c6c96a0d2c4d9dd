// The picker's rows: a header, the window of servers around the highlight, the "Load more" row
// when the region has more pages, and how many are shown.
import React from 'react';
import {Box, Text} from 'ink';
import type {IpsecServer} from '../../domain/model.js';
import {terminalText} from '../fields/terminal-text.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {serverColumns, serverHeader, serverRow} from './server-rows.js';
import {visibleWindow} from './visible-window.js';

export type ServerListProps = {
	/** The rows that pass the filter. */
	visible: IpsecServer[];
	/** Every row loaded: the columns are sized to them, so they hold still while filtering. */
	loaded?: IpsecServer[];
	/** Index of the highlighted row; `visible.length` is the "Load more" row. */
	current: number;
	morePages: boolean;
	loadingMore: boolean;
	/** Rows the list may take on screen. */
	listRows: number;
	columns: number;
	filter: string;
	lookingUp: boolean;
	regionId: string;
};

export function ServerList({visible, loaded = visible, current, morePages, loadingMore, listRows, columns, filter, lookingUp, regionId}: ServerListProps) {
	const {symbols, color, unicode} = useUiEnvironment();
	const total = visible.length + (morePages ? 1 : 0);
	const window = visibleWindow(total, current, listRows);
	// Names and IDs come from the service: neutralised before they are measured or drawn.
	const text = (value: string) => terminalText(value, unicode);
	const widths = serverColumns(columns, loaded.map(server => ({...server, ipsecServerName: text(server.ipsecServerName), ipsecServerId: text(server.ipsecServerId), vpnGatewayId: text(server.vpnGatewayId), clientIpPool: text(server.clientIpPool)})));
	const marker = (selected: boolean) => (selected ? symbols.pointer : ' '.repeat(symbols.pointer.length));
	const loadMoreSelected = current === total - 1;
	return (
		<Box flexDirection="column">
			<Text dimColor wrap="truncate-end">
				{'  '}
				{serverHeader(widths, symbols.ellipsis)}
			</Text>
			{visible.slice(window.start, Math.min(window.end, visible.length)).map((server, index) => {
				const selected = window.start + index === current;
				return (
					<Text key={server.ipsecServerId} wrap="truncate-end" color={selected && color ? 'cyan' : undefined} bold={selected && !color}>
						{marker(selected)} {serverRow(server, widths, symbols.ellipsis, text)}
					</Text>
				);
			})}
			{morePages && window.end === total ? (
				<Text wrap="truncate-end" color={loadMoreSelected && color ? 'cyan' : undefined} bold={loadMoreSelected && !color}>
					{marker(loadMoreSelected)} {loadingMore ? `Loading more${symbols.ellipsis}` : 'Load more (PgDn)'}
				</Text>
			) : undefined}
			{visible.length === 0 && filter !== '' && !lookingUp ? <Text>No server matches "{text(filter)}".</Text> : undefined}
			<Text dimColor wrap="truncate-end">
				{visible.length} shown{morePages ? `, more in ${regionId}` : ''}
			</Text>
		</Box>
	);
}
