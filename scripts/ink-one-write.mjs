// Ink 6.8 draws a frame on a terminal that supports synchronized output in three writes: the
// begin-synchronized mark, the frame, the end mark. Each is a system call, and each wakes whatever
// reads the terminal (the terminal itself, or sshd, which may send each as its own packet) before
// the frame is whole. The patch gathers the frame the renderer writes between the two marks and
// writes the three as one; the bytes, and so the screen, are the same
// (test/cli/ink-one-write.test.ts). The build fails if Ink's code no longer matches.
import {expectEachOnce, patchOnLoad} from './source-patch.mjs';

const createLog = `        this.log = logUpdate.create(options.stdout, {
            incremental: options.incrementalRendering,
        });`;
const threeWrites = `                if (sync && shouldWrite) {
                    this.options.stdout.write(bsu);
                }
                this.log(output);
                if (sync && shouldWrite) {
                    this.options.stdout.write(esu);
                }`;
const inkClass = 'export default class Ink {\n';

// The renderer's stream: straight through to stdout, except into the frame being gathered.
const frameWriter = `const gatheringWriter = (ink, stream) => ({
    get isTTY() {
        return stream.isTTY;
    },
    write(chunk) {
        if (ink.gatheredFrame === undefined) {
            return stream.write(chunk);
        }
        ink.gatheredFrame += chunk;
        return true;
    },
});
`;

/** ink.js with each synchronized frame written at once; throws if Ink's code is not the expected one. */
export function writeFramesAtOnce(source, path = 'ink.js') {
	expectEachOnce(source, {createLog, threeWrites, inkClass}, 'ink-one-write', path);

	return source
		.replace(inkClass, `${frameWriter}${inkClass}`)
		.replace(createLog, createLog.replace('logUpdate.create(options.stdout, {', 'logUpdate.create(gatheringWriter(this, options.stdout), {'))
		.replace(threeWrites, `                if (sync && shouldWrite) {
                    this.gatheredFrame = bsu;
                    try {
                        this.log(output);
                    }
                    finally {
                        const frame = this.gatheredFrame + esu;
                        this.gatheredFrame = undefined;
                        this.options.stdout.write(frame);
                    }
                }
                else {
                    this.log(output);
                }`);
}

export const inkOneWrite = patchOnLoad('ink-one-write', {filter: /[\\/]ink[\\/]build[\\/]ink\.js$/, patch: writeFramesAtOnce});
