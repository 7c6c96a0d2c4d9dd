// Where the wizard writes one server's client profiles when no folder is given: a folder named
// after the server in the directory the wizard was started in.
import path from 'node:path';

export const clientProfileDirectory = (workingDirectory: string, ipsecServerId: string): string =>
	path.join(workingDirectory, `ipsec-clients-${ipsecServerId.replaceAll(/[^\w-]/g, '-')}`);
