// --psk-file: the new PSK from a file, so it is never typed where someone can watch or stored in
// shell history. One trailing newline is dropped (editors add one); anything else is the key.
import {readFile} from 'node:fs/promises';
import {validatePsk} from '../domain/index.js';

export async function readPskFile(file: string): Promise<{psk?: string; error?: string}> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable' : 'could not be read';
		return {error: `The PSK file ${file} ${reason}; check the path given to --psk-file.`};
	}

	const psk = text.replace(/\r?\n$/, '');
	const problem = validatePsk(psk);
	return problem === undefined ? {psk} : {error: `The PSK in ${file} is not usable: ${problem}`};
}
