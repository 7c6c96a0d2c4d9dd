// Step 2: pick the IPsec server. Type to filter (name or ID), Up/Down to move, Enter to choose,
// PgDn (or the last row) to load more, Tab to put a recently opened server in the filter, Esc to
// clear the filter or go back to the regions.
import React, {useState, type Dispatch} from 'react';
import type {AppAction, ServerPagesState} from './app-reducer.js';
import {Text} from 'ink';
import type {IpsecServer} from '../../domain/model.js';
import type {CredentialSummary} from '../../services/services.js';
import {terminalText} from '../fields/terminal-text.js';
import {sanitizeInput} from '../fields/text-field-state.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {Line} from '../shell/line.js';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {CredentialLine} from './credential-line.js';
import {noteRows} from './profile-note.js';
import {nextRecentFilter, withCurrentNames} from './recent-servers.js';
import {RecentServersLine} from './recent-servers-line.js';
import {filterServers} from './server-filter.js';
import {ServerList} from './server-list.js';
import type {RecentServer} from '../../services/preferences-store.js';
import {useRetryNotice} from './retry-notice.js';
import {useServerPages} from './use-server-pages.js';

export type ServersScreenProps = {
	credentials: CredentialSummary;
	regionId: string;
	vpnGatewayId?: string;
	isActive: boolean;
	columns: number;
	rows: number;
	/** The remembered profile, when this run's credentials differ from it. */
	profileNote?: string;
	/** The servers opened lately in this region (none within one gateway's servers). */
	recent: RecentServer[];
	/** The pages the runner has loaded so far. */
	serverPages?: ServerPagesState;
	dispatch: Dispatch<AppAction>;
	onChosen(server: IpsecServer): void;
	onBack(): void;
};

export function ServersScreen({credentials, regionId, vpnGatewayId, isActive, columns, rows, profileNote, recent, serverPages, dispatch, onChosen, onBack}: ServersScreenProps) {
	const {symbols, unicode} = useUiEnvironment();
	const [filter, setFilter] = useState('');
	const [highlight, setHighlight] = useState(0);
	const pages = useServerPages(serverPages, dispatch, {regionId, vpnGatewayId, filter});
	const retry = useRetryNotice(pages.loading || pages.lookingUp);
	const visible = filterServers(pages.servers, filter);
	const loadMoreRow = pages.morePages ? 1 : 0;
	const total = visible.length + loadMoreRow;
	const current = Math.min(highlight, Math.max(0, total - 1));

	useScreenKeys(
		(input, key) => {
			if (pages.error && key.return) {
				pages.retry();
			} else if (key.upArrow) {
				setHighlight(Math.max(0, current - 1));
			} else if (key.downArrow) {
				setHighlight(Math.min(total - 1, current + 1));
			} else if (key.pageDown) {
				pages.loadMore();
			} else if (key.pageUp) {
				setHighlight(0);
			} else if (key.tab) {
				const next = nextRecentFilter(recent, filter);
				if (next !== undefined) {
					setFilter(next);
					setHighlight(0);
				}
			} else if (key.return) {
				const server = visible[current];
				if (server) {
					onChosen(server);
				} else if (pages.morePages) {
					pages.loadMore();
				}
			} else if (key.backspace || key.delete) {
				setFilter(previous => previous.slice(0, -1));
				setHighlight(0);
			} else if (input && !key.ctrl && !key.meta && !key.tab && input >= ' ') {
				setFilter(previous => previous + sanitizeInput(input));
				setHighlight(0);
			}
		},
		{
			isActive,
			// Keys typed while the first page loads (Enter, Down, a filter) are applied once it is drawn.
			holdKeys: !pages.ready && !pages.error,
			onBack() {
				if (filter === '') {
					onBack();
				} else {
					setFilter('');
				}
			},
		},
	);

	// The list gets what the other lines leave: the recent line and the profile note take theirs.
	const listRows = Math.max(3, Math.min(12, rows - 13 - (recent.length > 0 ? 1 : 0) - noteRows(profileNote, columns)));
	const empty = pages.ready && pages.servers.length === 0 && !pages.morePages && filter === '';
	const where = vpnGatewayId ? `${regionId} on ${vpnGatewayId}` : regionId;
	return (
		<Screen
			step={2}
			serverLabel={`Region ${where}`}
			hints={['type to filter', 'Enter choose', recent.length > 0 ? 'Tab recent' : undefined, pages.morePages ? 'PgDn more' : undefined, 'Esc back', '? help'].filter((hint): hint is string => hint !== undefined)}
		>
			<CredentialLine credentials={credentials} note={profileNote} />
			<Text wrap="truncate-end">
				Filter: {filter === '' ? <Text dimColor>(type a name or an ID)</Text> : terminalText(filter, unicode)}
				{pages.lookingUp ? ` ${symbols.ellipsis}looking it up` : ''}
			</Text>
			<RecentServersLine recent={withCurrentNames(recent, pages.servers)} filter={filter} />
			{pages.error ? <Paragraph text={`${pages.error} Press Enter to try again.`} /> : undefined}
			{!pages.ready && !pages.error ? <Spinner label={`Loading the IPsec servers in ${where}`} /> : undefined}
			{empty ? <Paragraph text={`There is no IPsec server in ${where}. Press Esc to pick another region, or start again with --region.`} /> : undefined}
			{pages.ready && !empty ? (
				<ServerList
					visible={visible}
					loaded={pages.servers}
					current={current}
					morePages={pages.morePages}
					loadingMore={pages.loading}
					listRows={listRows}
					columns={columns}
					filter={filter}
					lookingUp={pages.lookingUp}
					regionId={regionId}
				/>
			) : undefined}
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
