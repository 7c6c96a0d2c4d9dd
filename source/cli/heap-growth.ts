// Holds the wizard's heap near what it keeps alive. Every frame Ink draws tokenizes each line into
// short-lived objects; left alone, V8 doubles the young generation's semi-spaces up to 16 MB each
// over a few hundred keystrokes and lets the old generation grow well past its live size, and the
// process peaked at ~120 MB over a journey with nothing retained (~90 MB with these two flags,
// measured by `npm run bench`). --max-semi-space-size would work only on the command line (a
// `#!/usr/bin/env -S node …` shebang fails where env has no -S, e.g. BusyBox); these two flags are
// read each time a space would grow, so setting them at run time takes effect. node:v8 is imported
// when they are set (after the first frame), not with the wizard's code the first frame waits for.

/** V8 majors in which both flags exist and were tried (Node 20, 22 and 24). */
const testedV8Majors = new Set([11, 12, 13]);

/** True when the flags were set: V8 prints an error line for a flag it does not know. */
export function limitHeapGrowth(v8Version: string = process.versions.v8): boolean {
	const major = Number.parseInt(v8Version, 10);
	if (!testedV8Majors.has(major)) {
		return false;
	}

	// Semi-spaces stay at their first size; the old generation may grow by half its live size
	// before a full collection, rather than V8's default factor of up to 4 on a busy heap.
	void import('node:v8').then(({default: v8}) => {
		v8.setFlagsFromString('--semi-space-growth-factor=1 --heap-growing-percent=50');
	});
	return true;
}
