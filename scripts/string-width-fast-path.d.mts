import type {Plugin} from 'esbuild';

export const narrowCharacters: string;
export const stringWidthFastPath: Plugin;
