// The one place the wizard's screens reach the services during a journey: the App's outbox of
// commands carried out by the wizard runner (source/engine/wizard-runner.ts), each exactly once,
// its reports fed back to the reducer as actions; and the way out.
import {useEffect, useRef, useState, type Dispatch} from 'react';
import {createWizardRunner} from '../../engine/wizard-runner.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {AppAction, AppState} from './app-reducer.js';
import type {WizardEnd} from './phase-props.js';
import type {Services} from '../../services/services.js';

export function useWizardRunner(services: Services, outbox: AppState['outbox'], dispatch: Dispatch<AppAction>, end: WizardEnd, timeoutMs: number): void {
	const {symbols} = useUiEnvironment();
	const [runner] = useState(() =>
		createWizardRunner(services, {
			timeoutMs,
			report(report) {
				dispatch({type: 'runner-report', report, said: {arrow: symbols.arrowRight, auditProblem: services.auditLog.problem()}});
			},
		}),
	);
	const done = useRef(0);
	useEffect(() => {
		for (const {id, command} of outbox) {
			if (id <= done.current) {
				continue;
			}

			done.current = id;
			if (command.kind === 'end') {
				end(command.outcome, command.follow);
			} else {
				// Each command reports its own failures; anything else must not take the screen down.
				runner.execute(command).catch(() => undefined);
			}
		}
	}, [outbox]);
}
