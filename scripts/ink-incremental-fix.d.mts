import type {Plugin} from 'esbuild';

export function fixCursorUp(source: string, path?: string): string;
export const inkIncrementalFix: Plugin;
