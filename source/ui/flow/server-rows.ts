// The picker's rows as text: name, ID, gateway, client pool, online clients, cut to the terminal's
// width (the gateway column goes first when space runs out).
import type {IpsecServer} from '../../domain/model.js';

export type ServerColumns = {name: number; id: number; gateway: number; pool: number; online: number};

/** Column widths for a row of `width` characters, after the 2-character pointer. */
export function serverColumns(width: number): ServerColumns {
	const available = Math.max(40, width - 2);
	const online = 6;
	const pool = 16;
	// The ID matters most (real ones are 25 characters); the gateway column goes when space is short.
	const idWidth = 25;
	const showGateway = available >= 76;
	const spaces = showGateway ? 4 : 3;
	const flexible = available - online - pool - spaces;
	const minimumName = 12;
	const id = Math.min(idWidth, flexible - minimumName - (showGateway ? 10 : 0));
	const gateway = showGateway ? Math.min(idWidth, Math.floor((flexible - id) / 2)) : 0;
	return {name: flexible - id - gateway, id, gateway, pool, online};
}

export function fit(text: string, width: number, ellipsis: string): string {
	if (width <= 0) {
		return '';
	}

	if (text.length <= width) {
		return text.padEnd(width);
	}

	return width <= ellipsis.length ? text.slice(0, width) : `${text.slice(0, width - ellipsis.length)}${ellipsis}`;
}

const cells = (values: string[], widths: number[], ellipsis: string): string =>
	values
		.map((value, index) => fit(value, widths[index] ?? 0, ellipsis))
		.filter((_cell, index) => (widths[index] ?? 0) > 0)
		.join(' ')
		.trimEnd();

const widthsOf = (columns: ServerColumns): number[] => [columns.name, columns.id, columns.gateway, columns.pool, columns.online];

export function serverHeader(columns: ServerColumns, ellipsis: string): string {
	return cells(['Name', 'ID', 'Gateway', 'Client pool', 'Online'], widthsOf(columns), ellipsis);
}

export function serverRow(server: IpsecServer, columns: ServerColumns, ellipsis: string): string {
	return cells(
		[server.ipsecServerName || '(no name)', server.ipsecServerId, server.vpnGatewayId, server.clientIpPool, String(server.onlineClientCount)],
		widthsOf(columns),
		ellipsis,
	);
}
