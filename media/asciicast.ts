// asciicast v2 (https://docs.asciinema.org/manual/asciicast/v2/): a header line, then one
// [seconds, "o", data] event per line. No recording date in the header, so the file is the same
// every time the same screens are recorded.

export type CastFrame = {
	/** Seconds from the start. */
	time: number;
	data: string;
};

export function asciicast(frames: CastFrame[], size: {cols: number; rows: number}, title: string): string {
	const header = {version: 2, width: size.cols, height: size.rows, title, env: {TERM: 'xterm-256color', SHELL: '/bin/sh'}};
	const events = frames.map(frame => JSON.stringify([Number(frame.time.toFixed(3)), 'o', frame.data]));
	return `${[JSON.stringify(header), ...events].join('\n')}\n`;
}
