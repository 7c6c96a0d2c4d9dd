export function coalesceLineSkips(source: string, path?: string): string;
