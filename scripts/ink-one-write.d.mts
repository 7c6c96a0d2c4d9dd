import type {Plugin} from 'esbuild';

export function writeFramesAtOnce(source: string, path?: string): string;
export const inkOneWrite: Plugin;
