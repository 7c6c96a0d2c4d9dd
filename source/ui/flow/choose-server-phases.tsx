// Connect, offer to re-attach, pick the region and the server, load its context: each screen's
// callbacks turned into reducer actions (which ask the runner to remember the choices).
import React from 'react';
import {ConnectScreen} from './connect-screen.js';
import {ContextScreen} from './context-screen.js';
import type {PhaseState} from './app-reducer.js';
import type {PhaseProps} from './phase-props.js';
import {ReattachScreen} from './reattach-screen.js';
import {RegionsScreen} from './regions-screen.js';
import {ServersScreen} from './servers-screen.js';

export function ChooseServerPhases({state, dispatch, options, isActive, columns, rows}: PhaseProps<PhaseState<'connect' | 'reattach' | 'regions' | 'servers' | 'context'>>) {
	switch (state.phase) {
		case 'connect': {
			return (
				<ConnectScreen
					sandbox={options.sandbox}
					profile={options.profile}
					error={state.connectError}
					isActive={isActive}
					onRetry={() => {
						dispatch({type: 'connect-retry'});
					}}
				/>
			);
		}

		case 'reattach': {
			return (
				<ReattachScreen
					records={state.pendingRecords}
					isActive={isActive}
					onChoice={(choice, chosen) => {
						dispatch(
							choice === 'reattach'
								? {type: 'reattach-accepted', pending: chosen[0]}
								: {type: 'reattach-declined', ...(choice === 'discard' ? {forget: chosen.map(record => record.ipsecServerId)} : {})},
						);
					}}
				/>
			);
		}

		case 'regions': {
			return (
				<RegionsScreen
					credentials={state.credentials}
					regionId={state.regionId}
					isActive={isActive}
					rows={rows}
					columns={columns}
					profileNote={state.profileNote}
					regions={state.regions}
					error={state.regionsError}
					onRetry={() => {
						dispatch({type: 'regions-retry'});
					}}
					onChosen={regionId => {
						dispatch({type: 'region-chosen', regionId});
					}}
				/>
			);
		}

		case 'servers': {
			return (
				<ServersScreen
					credentials={state.credentials}
					regionId={state.regionId}
					vpnGatewayId={options.vpnGatewayId}
					isActive={isActive}
					columns={columns}
					rows={rows}
					profileNote={state.profileNote}
					recent={state.recentServers}
					serverPages={state.serverPages}
					dispatch={dispatch}
					onChosen={server => {
						dispatch({type: 'server-chosen', ipsecServerId: server.ipsecServerId, server});
					}}
					onBack={() => {
						dispatch({type: 'regions-requested'});
					}}
				/>
			);
		}

		case 'context': {
			return (
				<ContextScreen
					credentials={state.credentials}
					regionId={state.regionId}
					ipsecServerId={state.ipsecServerId}
					error={state.contextError}
					isActive={isActive}
					onRetry={() => {
						dispatch({type: 'context-retry'});
					}}
					onFailed={() => {
						dispatch({type: 'context-failed'});
					}}
				/>
			);
		}
	}
}
