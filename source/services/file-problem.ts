// A file the wizard could not write, as words: the reason a person can act on, never a stack or a
// blame on the service. Used for the audit log and the pending-update records.

const reasons: Record<string, string> = {
	EISDIR: 'there is a folder in its place',
	ENOTDIR: 'a part of its path is not a folder',
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'the file system is read-only',
	EMFILE: 'too many files are open',
	EIO: 'an input/output error',
};

export function fileProblemReason(error: unknown): string {
	const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as {code: unknown}).code) : undefined;
	return code ? (reasons[code] ?? code) : 'an unexpected error';
}

/** Whether `error` is a failed file operation (Node's system errors carry `syscall` and `code`). */
export function isFileSystemError(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'syscall' in error && 'code' in error;
}
