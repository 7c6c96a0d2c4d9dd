// Connect, offer to re-attach, pick the region and the server, load its context: each screen's
// callbacks turned into reducer actions (and the preferences remembered on the way).
import React, {useRef} from 'react';
import type {IpsecServer} from '../../domain/model.js';
import {ConnectScreen} from './connect-screen.js';
import {ContextScreen} from './context-screen.js';
import {draftForServer} from './draft-for-server.js';
import type {PhaseProps} from './phase-props.js';
import {ReattachScreen} from './reattach-screen.js';
import {RegionsScreen} from './regions-screen.js';
import {ServersScreen} from './servers-screen.js';
import {useServices} from './services-context.js';

export function ChooseServerPhases({state, dispatch, options, isActive, columns, rows}: PhaseProps) {
	const services = useServices();
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
					pending={state.pending}
					isActive={isActive}
					onChoice={(choice, chosen) => {
						if (choice === 'discard') {
							for (const record of chosen) {
								void services.pendingUpdates.clear(record.ipsecServerId);
							}
						}

						dispatch(choice === 'reattach' ? {type: 'reattach-accepted', pending: chosen[0]} : {type: 'reattach-declined'});
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
						void services.preferences.rememberRegion(regionId);
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
						void services.preferences.rememberRegion(next.server.regionId);
						void services.preferences.rememberServer({
							regionId: next.server.regionId,
							ipsecServerId: next.server.ipsecServerId,
							ipsecServerName: next.server.ipsecServerName,
							at: new Date(services.clock.now()).toISOString(),
						});
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
