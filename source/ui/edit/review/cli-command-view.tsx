// The same change as an `aliyun` CLI command (the PSK redacted by the domain), on one line; the
// details view (`d`) has it whole.
import React from 'react';
import {FittedLine} from '../../fields/fitted-line.js';

export function CliCommandView({command}: {command: string}) {
	return <FittedLine pieces={[{text: 'CLI: ', dim: true}, command]} />;
}
