import type {Plugin} from 'esbuild';

export function rememberSquashedText(source: string, path?: string): string;
export function rememberTextWidths(source: string, path?: string): string;
export const inkTextCache: Plugin;
