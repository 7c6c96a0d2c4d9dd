// The 256-colour xterm palette as CSS hex colours, with a dark theme for the 16 ANSI colours.

export const themeColors = {
	background: '#1e1e2e',
	foreground: '#d9dce6',
} as const;

const ansi16 = [
	'#2e3440', // black
	'#e06c75', // red
	'#98c379', // green
	'#e5c07b', // yellow
	'#61afef', // blue
	'#c678dd', // magenta
	'#56b6c2', // cyan
	'#d9dce6', // white
	'#5c6370', // bright black
	'#f28b94', // bright red
	'#b5e890', // bright green
	'#f5d58f', // bright yellow
	'#82c4ff', // bright blue
	'#dc9cf0', // bright magenta
	'#7fd3dd', // bright cyan
	'#ffffff', // bright white
];

const hex = (value: number): string => value.toString(16).padStart(2, '0');
const rgb = (red: number, green: number, blue: number): string => `#${hex(red)}${hex(green)}${hex(blue)}`;

const cubeLevel = (index: number): number => (index === 0 ? 0 : 55 + (index * 40));

function buildPalette(): string[] {
	const palette = [...ansi16];
	for (let index = 0; index < 216; index++) {
		palette.push(rgb(cubeLevel(Math.floor(index / 36)), cubeLevel(Math.floor(index / 6) % 6), cubeLevel(index % 6)));
	}

	for (let index = 0; index < 24; index++) {
		const level = 8 + (index * 10);
		palette.push(rgb(level, level, level));
	}

	return palette;
}

export const palette256: readonly string[] = buildPalette();

/** A 24-bit colour as xterm stores it (0xRRGGBB). */
export const rgbColor = (value: number): string => `#${value.toString(16).padStart(6, '0')}`;
