import type {Plugin} from 'esbuild';

export function expectEachOnce(source: string, parts: Record<string, string>, patchName: string, path: string): void;
export function patchOnLoad(name: string, ...patches: Array<{filter: RegExp; patch(source: string, path: string): string}>): Plugin;
