// Peak resident memory of a child process, read from Linux's /proc (VmHWM is the high-water mark).
import {readFileSync} from 'node:fs';

export function peakRssMegabytes(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined; // not Linux, or the process is gone
	}
}
