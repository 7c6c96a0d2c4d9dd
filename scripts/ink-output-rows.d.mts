import type {Plugin} from 'esbuild';

export function patchInkOutput(source: string, path?: string): string;
export const inkOutputRows: Plugin;
