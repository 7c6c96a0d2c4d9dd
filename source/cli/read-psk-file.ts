// --psk-file: the new PSK from a file, so it is never typed where someone can watch or stored in
// shell history. One trailing newline is dropped (editors add one); anything else is the key.
// The path may also be a pipe (`--psk-file <(pass show vpn)` or a FIFO). Opening a FIFO that has
// no writer blocks, and a blocked open holds a libuv thread that process.exit waits for, so
// Ctrl+C and SIGTERM would do nothing: a pipe is opened non-blocking and read by polling, with a
// time limit, so signals keep working and a pipe nobody writes to ends in one sentence.
import {constants} from 'node:fs';
import {open, readFile, stat} from 'node:fs/promises';
import {validatePsk} from '../domain/index.js';

export type PskFileResult = {psk?: string; error?: string; warning?: string};

export type PskFileOptions = {
	/** How long a pipe may take to deliver the key. */
	timeoutMs?: number;
	/** Said once when the path is a pipe that has nothing yet. */
	onWaiting?(message: string): void;
};

const defaultTimeoutMs = 30_000;
const pollMs = 50;
/** A PSK is at most 100 characters; more than this is not a key file. */
const maxBytes = 64 * 1024;

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

function readProblem(file: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const reason = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable' : code === 'EISDIR' ? 'is a directory' : 'could not be read';
	return `The PSK file ${file} ${reason}; check the path given to --psk-file.`;
}

async function readPipe(file: string, timeoutMs: number, onWaiting?: (message: string) => void): Promise<string> {
	const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const chunks: Buffer[] = [];
		let total = 0;
		const deadline = Date.now() + timeoutMs;
		let waitingSaid = false;
		for (;;) {
			const buffer = Buffer.alloc(4096);
			let bytesRead: number | undefined;
			try {
				({bytesRead} = await handle.read(buffer, 0, buffer.length, null));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
					throw error;
				}
			}

			if (bytesRead !== undefined && bytesRead > 0) {
				chunks.push(buffer.subarray(0, bytesRead));
				total += bytesRead;
				if (total > maxBytes) {
					throw Object.assign(new Error('too large'), {code: 'EFBIG'});
				}

				continue;
			}

			// End of data once something was written; before that, no writer has come yet.
			if (bytesRead === 0 && total > 0) {
				return Buffer.concat(chunks).toString('utf8');
			}

			if (Date.now() >= deadline) {
				throw Object.assign(new Error('timed out'), {code: 'ETIMEDOUT'});
			}

			if (!waitingSaid) {
				waitingSaid = true;
				onWaiting?.(`Waiting up to ${seconds(timeoutMs)} for the PSK to be written to ${file} (a pipe); Ctrl+C stops.`);
			}

			await new Promise(resolve => {
				setTimeout(resolve, pollMs);
			});
		}
	} finally {
		await handle.close();
	}
}

/** Group or others may read the file: the key is not as private as it should be. */
function exposure(file: string, mode: number): string | undefined {
	if ((mode & 0o044) === 0) {
		return undefined;
	}

	const octal = (mode & 0o777).toString(8).padStart(4, '0');
	return `Warning: the PSK file ${file} can be read by other users (mode ${octal}); run chmod 600 ${file}.`;
}

export async function readPskFile(file: string, {timeoutMs = defaultTimeoutMs, onWaiting}: PskFileOptions = {}): Promise<PskFileResult> {
	let text: string;
	let warning: string | undefined;
	try {
		const info = await stat(file);
		if (info.isFile()) {
			warning = exposure(file, info.mode);
			text = await readFile(file, 'utf8');
		} else if (info.isFIFO() || info.isCharacterDevice() || info.isSocket()) {
			text = await readPipe(file, timeoutMs, onWaiting);
		} else {
			return {error: readProblem(file, Object.assign(new Error('directory'), {code: info.isDirectory() ? 'EISDIR' : 'EINVAL'}))};
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ETIMEDOUT') {
			return {error: `Nothing was written to the PSK file ${file} within ${seconds(timeoutMs)}; write the key to it (or pass a regular file) and run the command again.`};
		}

		if (code === 'EFBIG') {
			return {error: `The PSK file ${file} holds far more than a key; check the path given to --psk-file.`};
		}

		return {error: readProblem(file, error)};
	}

	const psk = text.replace(/\r?\n$/, '');
	const problem = validatePsk(psk);
	if (problem !== undefined) {
		return {error: `The PSK in ${file} is not usable: ${problem}`};
	}

	return warning ? {psk, warning} : {psk};
}
