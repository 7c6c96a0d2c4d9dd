import type {BuildOptions, Plugin} from 'esbuild';

export function bundleOptions(entryPoints: Record<string, string>, outdir: string): BuildOptions & {plugins: Plugin[]};
