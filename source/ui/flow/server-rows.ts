// The picker's rows as text: name, ID, gateway, client pool, online clients, laid out in display
// columns (a CJK name takes two cells a character) from what the rows hold and the terminal's
// width. What matters most keeps its room: IDs are never cut (they are what a person copies),
// names come next, and the gateway column is dropped before a name is cut.
import type {IpsecServer} from '../../domain/model.js';
import {displayWidth, padToWidth, fitToWidth} from '../shell/display-width.js';

export type ServerColumns = {name: number; id: number; gateway: number; pool: number; online: number};

const headings = {name: 'Name', id: 'ID', gateway: 'Gateway', pool: 'Client pool', online: 'Online'} as const;
/** Real IDs are 25 characters; the widths assumed before any row is loaded. */
const typicalId = 25;
const minimumName = 8;
const unnamed = '(no name)';

const widest = (values: readonly string[], heading: string): number => Math.max(displayWidth(heading), ...values.map(value => displayWidth(value)));

/**
 * Column widths for rows of `width` columns after the 2-column pointer, fitted to `servers`
 * (all loaded rows, so the columns do not move while filtering).
 */
export function serverColumns(width: number, servers: readonly IpsecServer[] = []): ServerColumns {
	const available = Math.max(40, width - 2);
	const id = servers.length > 0 ? widest(servers.map(server => server.ipsecServerId), headings.id) : typicalId;
	const gatewayWanted = servers.length > 0 ? widest(servers.map(server => server.vpnGatewayId), headings.gateway) : typicalId;
	const pool = Math.max(widest(servers.map(server => server.clientIpPool), headings.pool), servers.length > 0 ? 0 : 16);
	const online = widest(servers.map(server => String(server.onlineClientCount)), headings.online);
	const nameWanted = servers.length > 0 ? widest(servers.map(server => server.ipsecServerName || unnamed), headings.name) : 20;
	// Name, ID, pool and online, with a space between each.
	const withoutGateway = available - id - pool - online - 3;
	if (withoutGateway >= nameWanted + 1 + gatewayWanted) {
		// Everything whole; the name takes what is left over, so a long name loaded later still fits.
		return {name: withoutGateway - 1 - gatewayWanted, id, gateway: gatewayWanted, pool, online};
	}

	return {name: Math.max(minimumName, withoutGateway), id, gateway: 0, pool, online};
}

/** The text in exactly `width` columns: padded, or cut with the ellipsis (never mid-character). */
export function fit(text: string, width: number, ellipsis: string): string {
	if (width <= 0) {
		return '';
	}

	return padToWidth(fitToWidth(text, width, ellipsis), width);
}

const cells = (values: string[], widths: number[], ellipsis: string): string =>
	values
		.map((value, index) => fit(value, widths[index] ?? 0, ellipsis))
		.filter((_cell, index) => (widths[index] ?? 0) > 0)
		.join(' ')
		.trimEnd();

const widthsOf = (columns: ServerColumns): number[] => [columns.name, columns.id, columns.gateway, columns.pool, columns.online];

export function serverHeader(columns: ServerColumns, ellipsis: string): string {
	return cells([headings.name, headings.id, headings.gateway, headings.pool, headings.online], widthsOf(columns), ellipsis);
}

/** One row; `text` neutralises what came from the service (names may hold anything). */
export function serverRow(server: IpsecServer, columns: ServerColumns, ellipsis: string, text: (value: string) => string = value => value): string {
	return cells(
		[text(server.ipsecServerName || unnamed), text(server.ipsecServerId), text(server.vpnGatewayId), text(server.clientIpPool), String(server.onlineClientCount)],
		widthsOf(columns),
		ellipsis,
	);
}
