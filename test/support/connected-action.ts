// What connecting tells the wizard's state (the 'connected' action, less its type): where the key
// came from, where the audit lines and the profiles go, the run's ClientToken namespace.
export const connected = {
	credentials: {source: 'sandbox', accessKeyIdMasked: 'SAND…0001'},
	auditLogPath: '/home/ops/.config/ipsec-wizard/audit.log',
	workingDirectory: '/home/ops',
	clientTokenNamespace: '3f2d6c1e-8a4b-4c7d-9e0f-1a2b3c4d5e6f',
};
