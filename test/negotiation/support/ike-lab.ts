// Two strongSwan charon daemons in two network namespaces joined by a veth pair on TEST-NET-1
// (192.0.2.0/24, nothing is sent anywhere else): S is the responder, C the initiator. Each daemon
// has its own strongswan.conf, vici socket, log and a private /run (unshare --mount), because charon
// writes a fixed pid file. Names carry the process ID and a counter, so parallel runs never meet.
import {execFile, spawn, type ChildProcess} from 'node:child_process';
import {access, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

export const responderAddress = '192.0.2.1';
export const initiatorAddress = '192.0.2.2';
const charonPath = '/usr/lib/ipsec/charon';
const swanctlPath = '/usr/sbin/swanctl';

const plugins = 'random nonce openssl aes sha1 sha2 md5 hmac gmp kdf xcbc gcm pem pkcs1 x509 pubkey constraints attr kernel-libipsec kernel-netlink socket-default vici';

let checked: Promise<string | undefined> | undefined;

/** What is missing for the lab, as one sentence, or undefined when it can run (checked once per process). */
export async function labProblem(): Promise<string | undefined> {
	checked ??= findLabProblem();
	return checked;
}

/** Exported for its own test: other paths, and no install attempt. */
export async function findLabProblem({charon = charonPath, swanctl = swanctlPath, install = true} = {}): Promise<string | undefined> {
	try {
		await access(charon);
	} catch {
		// CI runs this before the tests (.ci/run); a developer's first run gets it here.
		if (install) {
			await run('bash', [path.join(import.meta.dirname, '../../../scripts/ensure-strongswan.sh')], {timeout: 180_000}).catch(() => undefined);
		}
	}

	for (const [file, what] of [[charon, 'strongSwan\'s charon'], [swanctl, 'strongSwan\'s swanctl']] as const) {
		try {
			await access(file);
		} catch {
			return `${what} is not installed at ${file}: run scripts/ensure-strongswan.sh (as root) first.`;
		}
	}

	if (process.getuid?.() !== 0) {
		return 'The negotiation tests make network namespaces and need root.';
	}

	await removeStaleNamespaces();
	const probe = `iswprobe${process.pid}`;
	try {
		await run('ip', ['netns', 'add', probe]);
	} catch (error) {
		return `Network namespaces cannot be made here (ip netns add: ${firstLine(error)}).`;
	} finally {
		await run('ip', ['netns', 'del', probe]).catch(() => undefined);
	}

	return undefined;
}

function firstLine(error: unknown): string {
	const {stderr, message} = error as {stderr?: string; message?: string};
	return (stderr || message || String(error)).trim().split('\n')[0] ?? '';
}

/** Namespaces left by a test run that was killed (its process is gone): taken down before we start. */
async function removeStaleNamespaces(): Promise<void> {
	const {stdout} = await run('ip', ['netns', 'list']).catch(() => ({stdout: ''}));
	for (const name of stdout.split('\n').map(line => line.split(' ')[0] ?? '')) {
		const pid = /^isw(?:probe)?(\d+)/.exec(name)?.[1];
		if (pid && !processAlive(Number(pid))) {
			await run('ip', ['netns', 'del', name]).catch(() => undefined);
		}
	}
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

let labCount = 0;

type Side = {
	namespace: string;
	directory: string;
	vici: string;
	charon?: ChildProcess;
};

export type Lab = {
	responder: Side;
	initiator: Side;
	/** True when the kernel refused ESP state and the SAs live in charon (kernel-libipsec). */
	userspaceEsp: boolean;
	/** Loads a swanctl.conf into one side. */
	load(side: Side, swanctlConf: string): Promise<void>;
	/** swanctl on one side; never throws, the exit code says how it went. */
	swanctl(side: Side, args: string[], timeoutMs?: number): Promise<{code: number; output: string}>;
	log(side: Side): Promise<string>;
	close(): Promise<void>;
};

function strongswanConf(directory: string, vici: string, userspaceEsp: boolean): string {
	const load = userspaceEsp ? plugins : plugins.replace('kernel-libipsec ', '');
	return `charon {
	load = ${load}
	install_virtual_ip = ${userspaceEsp ? 'yes' : 'yes'}
	retransmit_tries = 2
	retransmit_timeout = 1
	retransmit_base = 1.5
	i_dont_care_about_security_and_use_aggressive_mode_psk = yes
	filelog {
		charon {
			path = ${directory}/charon.log
			flush_line = yes
			default = 1
			ike = 2
			cfg = 2
		}
	}
	plugins {
		vici {
			socket = unix://${vici}
		}
	}
}
swanctl {
	load = pem pkcs1 x509 revocation constraints pubkey openssl random
}
`;
}

async function kernelRefusesEsp(namespace: string): Promise<boolean> {
	const state = ['src', responderAddress, 'dst', initiatorAddress, 'proto', 'esp', 'spi', '0x1000', 'enc', 'cbc(aes)', `0x${'11'.repeat(16)}`, 'auth', 'hmac(sha1)', `0x${'22'.repeat(20)}`];
	try {
		await run('ip', ['-n', namespace, 'xfrm', 'state', 'add', ...state]);
		await run('ip', ['-n', namespace, 'xfrm', 'state', 'flush']);
		return false;
	} catch {
		return true;
	}
}

async function waitForFile(file: string, charon: ChildProcess, timeoutMs: number): Promise<void> {
	const started = Date.now();
	for (;;) {
		try {
			await access(file);
			return;
		} catch {}

		if (charon.exitCode !== null) {
			throw new Error(`charon ended (code ${charon.exitCode}) before its vici socket appeared.`);
		}

		if (Date.now() - started > timeoutMs) {
			throw new Error(`charon's vici socket did not appear within ${timeoutMs} ms.`);
		}

		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

export async function openLab(): Promise<Lab> {
	const tag = `isw${process.pid}n${labCount++}`;
	const root = await mkdtemp(path.join(tmpdir(), `${tag}-`));
	const side = async (role: 's' | 'c'): Promise<Side> => {
		const directory = path.join(root, role);
		await mkdir(path.join(directory, 'run'), {recursive: true});
		return {namespace: `${tag}${role}`, directory, vici: path.join(directory, 'charon.vici')};
	};

	const responder = await side('s');
	const initiator = await side('c');
	let userspaceEsp = true;
	const close = async () => {
		for (const each of [initiator, responder]) {
			const charon = each.charon;
			if (charon && charon.exitCode === null && charon.signalCode === null) {
				const ended = new Promise(resolve => charon.once('exit', resolve));
				charon.kill('SIGTERM');
				const timer = setTimeout(() => charon.kill('SIGKILL'), 2000);
				await ended;
				clearTimeout(timer);
			}
		}

		for (const each of [initiator, responder]) {
			await run('ip', ['netns', 'del', each.namespace]).catch(() => undefined);
		}

		await rm(root, {recursive: true, force: true});
	};

	try {
		await run('ip', ['netns', 'add', responder.namespace]);
		await run('ip', ['netns', 'add', initiator.namespace]);
		await run('ip', ['-n', responder.namespace, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', initiator.namespace]);
		for (const [each, address] of [[responder, responderAddress], [initiator, initiatorAddress]] as const) {
			await run('ip', ['-n', each.namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0']);
			await run('ip', ['-n', each.namespace, 'link', 'set', 'lo', 'up']);
			await run('ip', ['-n', each.namespace, 'link', 'set', 'eth0', 'up']);
		}

		userspaceEsp = await kernelRefusesEsp(responder.namespace);
		for (const each of [responder, initiator]) {
			const conf = path.join(each.directory, 'strongswan.conf');
			await writeFile(conf, strongswanConf(each.directory, each.vici, userspaceEsp));
			const charon = spawn(
				'ip',
				['netns', 'exec', each.namespace, 'unshare', '--mount', '--propagation', 'private', 'sh', '-c', `mount --bind ${each.directory}/run /run && exec ${charonPath}`],
				{env: {...process.env, STRONGSWAN_CONF: conf}, stdio: 'ignore'},
			);
			each.charon = charon;
			await waitForFile(each.vici, charon, 10_000);
		}
	} catch (error) {
		await close();
		throw error;
	}

	const swanctl: Lab['swanctl'] = async (each, args, timeoutMs = 20_000) => {
		try {
			const {stdout, stderr} = await run(swanctlPath, [...args, '--uri', `unix://${each.vici}`], {
				env: {...process.env, STRONGSWAN_CONF: path.join(each.directory, 'strongswan.conf')},
				timeout: timeoutMs,
			});
			return {code: 0, output: `${stdout}${stderr}`};
		} catch (error) {
			const {code, stdout, stderr} = error as {code?: number; stdout?: string; stderr?: string};
			return {code: typeof code === 'number' ? code : 1, output: `${stdout ?? ''}${stderr ?? ''}`};
		}
	};

	return {
		responder,
		initiator,
		userspaceEsp,
		async load(each, swanctlConf) {
			const file = path.join(each.directory, 'swanctl.conf');
			await writeFile(file, swanctlConf, {mode: 0o600});
			const result = await swanctl(each, ['--load-all', '--noprompt', '--file', file]);
			if (result.code !== 0) {
				throw new Error(`swanctl --load-all failed on ${each.namespace}: ${result.output.trim()}`);
			}
		},
		swanctl,
		async log(each) {
			return readFile(path.join(each.directory, 'charon.log'), 'utf8').catch(() => '');
		},
		close,
	};
}

/** Runs a command in a namespace (e.g. to give the responder an address inside LocalSubnet). */
export async function inNamespace(side: Side, args: string[]): Promise<void> {
	await run('ip', ['-n', side.namespace, ...args]);
}
