// A profile remembered from the last run is named, never applied, when this run's credentials differ.
import test from 'ava';
import {noteRows, profileNote} from '../../../source/ui/flow/profile-note.js';
import {connectionTo, renderApp, sandboxFor, servicesFor, waitForText} from './harness.js';

const fromEnvironment = {source: 'environment', accessKeyIdMasked: 'SAND…0001'};

test('a note only when the last run used another profile and none was asked for', t => {
	t.is(
		profileNote({lastProfile: 'customer-a', credentials: fromEnvironment, sandbox: false}),
		'The last run used profile customer-a; to use it again, start with --profile customer-a.',
	);
	t.is(profileNote({lastProfile: 'customer-a', credentials: {...fromEnvironment, source: 'profile', profile: 'customer-a'}, sandbox: false}), undefined);
	t.is(profileNote({lastProfile: 'customer-a', requestedProfile: 'customer-b', credentials: fromEnvironment, sandbox: false}), undefined);
	t.is(profileNote({credentials: fromEnvironment, sandbox: false}), undefined);
	t.is(profileNote({lastProfile: 'customer-a', credentials: fromEnvironment, sandbox: true}), undefined);
});

test('the rows a note takes follow the terminal width', t => {
	const note = profileNote({lastProfile: 'customer-a', credentials: fromEnvironment, sandbox: false});
	t.is(noteRows(undefined, 80), 0);
	t.is(noteRows(note, 80), 2);
	t.is(noteRows(note, 60), 2);
	t.is(noteRows(note, 40), 3);
});

test('the regions screen names the remembered profile under the credentials, and the run goes on with the current ones', async t => {
	const sandbox = await sandboxFor(t);
	const connection = connectionTo(sandbox);
	const services = await servicesFor(t, {...connection, credentials: fromEnvironment});
	await services.preferences.rememberProfile('customer-a');
	const {instance} = renderApp(services, {sandbox: false});
	const frame = await waitForText(instance, 'cn-hangzhou  China (Hangzhou)');
	t.regex(frame.replaceAll('\n', ' '), /The last run used profile customer-a; to use it again, start with\s+--profile customer-a\./);
	t.regex(frame, /Credentials: environment/);
	instance.unmount();
});

test('with --profile there is no note', async t => {
	const sandbox = await sandboxFor(t);
	const connection = connectionTo(sandbox);
	const services = await servicesFor(t, {...connection, credentials: {...fromEnvironment, source: 'profile', profile: 'customer-b'}});
	await services.preferences.rememberProfile('customer-a');
	const {instance} = renderApp(services, {sandbox: false, profile: 'customer-b'});
	const frame = await waitForText(instance, 'cn-hangzhou  China (Hangzhou)');
	t.false(frame.includes('The last run used'));
	instance.unmount();
});
