// Connect, offer to re-attach, pick the region and the server, load its context: each screen's
// callbacks turned into reducer actions (which ask the runner to remember the choices).
import React, {useRef} from 'react';
import type {IpsecServer} from '../../domain/model.js';
import {ConnectScreen} from './connect-screen.js';
import {ContextScreen} from './context-screen.js';
import {draftForServer} from './draft-for-server.js';
import type {PhaseProps} from './phase-props.js';
import {ReattachScreen} from './reattach-screen.js';
import {RegionsScreen} from './regions-screen.js';
import {ServersScreen} from './servers-screen.js';

export function ChooseServerPhases({state, dispatch, options, isActive, columns, rows}: PhaseProps) {
	// The row picked on the servers screen, so the context screen can show it while loading.
	const picked = useRef<IpsecServer | undefined>(undefined);
	const {connection} = state;

	switch (state.phase) {
		case 'connect': {
			return (
				<ConnectScreen
					sandbox={options.sandbox}
					profile={options.profile}
					isActive={isActive}
					onConnected={result => {
						dispatch({type: 'connected', ...result});
					}}
				/>
			);
		}

		case 'reattach': {
			return state.pending ? (
				<ReattachScreen
					records={state.pendingRecords ?? [state.pending]}
					isActive={isActive}
					onChoice={(choice, chosen) => {
						dispatch(
							choice === 'reattach'
								? {type: 'reattach-accepted', pending: chosen[0]}
								: {type: 'reattach-declined', ...(choice === 'discard' ? {forget: chosen.map(record => record.ipsecServerId)} : {})},
						);
					}}
				/>
			) : null;
		}

		case 'regions': {
			return connection ? (
				<RegionsScreen
					connection={connection}
					regionId={state.regionId}
					isActive={isActive}
					rows={rows}
					columns={columns}
					profileNote={state.profileNote}
					onChosen={regionId => {
						dispatch({type: 'region-chosen', regionId});
					}}
				/>
			) : null;
		}

		case 'servers': {
			return connection && state.regionId ? (
				<ServersScreen
					connection={connection}
					regionId={state.regionId}
					vpnGatewayId={options.vpnGatewayId}
					isActive={isActive}
					columns={columns}
					rows={rows}
					profileNote={state.profileNote}
					onChosen={server => {
						picked.current = server;
						dispatch({type: 'server-chosen', ipsecServerId: server.ipsecServerId});
					}}
					onBack={() => {
						dispatch({type: 'regions-requested'});
					}}
				/>
			) : null;
		}

		case 'context': {
			return connection && state.regionId && state.ipsecServerId ? (
				<ContextScreen
					connection={connection}
					regionId={state.regionId}
					ipsecServerId={state.ipsecServerId}
					picked={picked.current}
					isActive={isActive}
					onLoaded={next => {
						dispatch({type: 'context-loaded', loaded: next, draft: draftForServer(next.server, options.psk)});
					}}
					onFailed={() => {
						dispatch({type: 'context-failed'});
					}}
				/>
			) : null;
		}

		default: {
			return null;
		}
	}
}
