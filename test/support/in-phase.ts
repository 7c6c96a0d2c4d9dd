// The wizard's state in the phase a test expects it to be in (narrowed to that phase's fields),
// or a failure naming the phase it is in instead.
import type {AppState, Phase, PhaseState} from '../../source/ui/flow/app-reducer.js';

export function inPhase<P extends Phase>(state: AppState, ...phases: P[]): PhaseState<P> {
	if (!(phases as Phase[]).includes(state.phase)) {
		throw new Error(`Expected the wizard in ${phases.join(' or ')}, but it is in ${state.phase}.`);
	}

	return state as PhaseState<P>;
}
