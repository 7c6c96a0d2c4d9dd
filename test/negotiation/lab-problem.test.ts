// Without strongSwan the negotiation tests fail with the sentence saying what is missing; here the
// check is pointed at paths that do not exist, so the sentence itself is tested.
import test from 'ava';
import {findLabProblem} from './support/ike-lab.js';

test('a missing charon is named, with what to run', async t => {
	const problem = await findLabProblem({charon: '/nonexistent/charon', install: false});
	t.is(problem, 'strongSwan\'s charon is not installed at /nonexistent/charon: run scripts/ensure-strongswan.sh (as root) first.');
});

test('a missing swanctl is named too', async t => {
	t.regex(await findLabProblem({swanctl: '/nonexistent/swanctl', install: false}) ?? '', /^strongSwan's swanctl is not installed at \/nonexistent\/swanctl/);
});
