import test from 'ava';
import React from 'react';
import {render} from 'ink-testing-library';
import {ErrorBoundary} from '../../../source/ui/shell/error-boundary.js';

function Broken(): React.ReactNode {
	throw new Error('boom at render');
}

test('a render error is handed to onError and no stack trace is drawn', t => {
	const errors: unknown[] = [];
	const instance = render(
		<ErrorBoundary onError={error => errors.push(error)}>
			<Broken />
		</ErrorBoundary>,
	);
	t.is(errors.length, 1);
	t.notRegex(instance.lastFrame() ?? '', /boom|at .+:\d+/);
	instance.unmount();
});
