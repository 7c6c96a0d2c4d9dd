// --help and --version through meow, loaded only when asked for: it formats the usage text (indent,
// description from the package) the way every meow CLI does.
import meow from 'meow';
import {usage} from './usage.js';

export function helpText(version: string): string {
	const cli = meow(usage, {
		importMeta: import.meta,
		argv: [],
		pkg: {name: 'ipsec-wizard', version, bin: {'ipsec-wizard': 'dist/cli.js'}},
		version,
		description: 'Change an Alibaba Cloud VPN Gateway IPsec server safely, step by step.',
		autoHelp: false,
		autoVersion: false,
	});
	return cli.help;
}
