import type {Plugin} from 'esbuild';

export const yogaWithoutFetch: Plugin;
