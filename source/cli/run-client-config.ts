// `ipsec-wizard client-config`: reads the server (ListIpsecServers, which returns its key), makes
// the profiles, and either prints the chosen format (never with the key) or writes the files to
// --out. The key goes nowhere but the files asked for. No terminal needed; findings go to stderr
// when stdout carries a file, so `> swanctl.conf` gets the file and nothing else.
import {clientKindLabels, clientProfiles} from '../domain/client-profiles/index.js';
import {configFromServer} from '../domain/server-config.js';
import {createServices} from '../services/services.js';
import {terminalText} from '../ui/fields/terminal-text.js';
import {errorSentence} from '../ui/flow/error-text.js';
import {exitCodes} from './exit-codes.js';
import type {ExitController} from './exit-controller.js';
import type {ClientConfigCommand} from './parse-client-config.js';
import {isUtf8Locale} from './terminal-capabilities.js';

export async function runClientConfig(command: ClientConfigCommand, exitController: ExitController): Promise<void> {
	const services = createServices({env: process.env, flags: {sandbox: command.sandbox, profile: command.profile, endpoint: command.endpoint}});
	exitController.onCleanup(async () => services.close());
	const unicode = isUtf8Locale(process.env);
	const say = (stream: NodeJS.WriteStream, line: string) => {
		stream.write(`${terminalText(line, unicode)}\n`);
	};

	let server;
	try {
		const {api} = await services.connect();
		({server} = await api.getIpsecServer(command.region, command.server));
	} catch (error) {
		say(process.stderr, errorSentence(error));
		exitController.exit(exitCodes.failed);
		return;
	}

	if (!server) {
		say(process.stderr, `No IPsec server ${command.server} in ${command.region}; check the ID (ipsec-wizard lists the servers of a region).`);
		exitController.exit(exitCodes.failed);
		return;
	}

	const profiles = clientProfiles(
		{config: configFromServer(server), gatewayInternetIp: server.internetIp, ipsecServerId: server.ipsecServerId, includePsk: command.out !== undefined && command.includePsk},
		command.formats,
	);
	if (command.out === undefined) {
		for (const file of profiles.files) {
			if (profiles.files.length > 1) {
				process.stdout.write(`==> ${file.fileName} <==\n`);
			}

			process.stdout.write(file.content);
		}

		for (const finding of profiles.findings) {
			say(process.stderr, finding);
		}

		exitController.exit(profiles.files.length > 0 ? exitCodes.done : exitCodes.failed);
		return;
	}

	let written: string[];
	try {
		written = await services.clientProfileFiles.write(command.out, profiles.files);
	} catch (error) {
		const {code} = error as NodeJS.ErrnoException;
		say(process.stderr, `The profiles could not be written to ${command.out}${code ? ` (${code})` : ''}; choose a folder you can write to with --out.`);
		exitController.exit(exitCodes.failed);
		return;
	}

	for (const [index, file] of written.entries()) {
		say(process.stdout, `Wrote ${file}${profiles.files[index]!.holdsKey ? ' (holds the pre-shared key, 0600)' : ' (0600)'}`);
	}

	for (const finding of profiles.findings) {
		say(process.stdout, finding);
	}

	for (const entry of profiles.compatibility) {
		say(process.stdout, `${clientKindLabels[entry.kind]}: ${entry.verdict}, ${entry.reason}.`);
	}

	exitController.exit(written.length > 0 ? exitCodes.done : exitCodes.failed);
}
