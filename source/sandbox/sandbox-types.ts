// The public face of the embedded VPC API emulator (implementation: start-sandbox.ts).
import type {IpsecServer, VpnGateway} from '../domain/model.js';

export type FaultOptions = {
	/** Seed for the deterministic fault sequence. */
	seed?: number;
	/** Extra latency added to every answer, ms. */
	latencyMs?: number;
	/** Share of calls answered 400 Throttling.User (0–1). */
	throttleRate?: number;
	/** Share of calls answered 503 ServiceUnavailable / 500 InternalError (0–1). */
	serverErrorRate?: number;
	/** Share of calls whose connection is destroyed without an answer (0–1). */
	dropRate?: number;
	/** Share of calls answered after `slowMs` (0–1). */
	slowRate?: number;
	slowMs?: number;
	/**
	 * The first `loseAnswer` real (not DryRun) UpdateIpsecServer calls are applied, then their
	 * connection is cut: the client never hears that its change went through.
	 */
	loseAnswer?: number;
	/** The next `loseRequest` real UpdateIpsecServer calls are cut before anything is applied. */
	loseRequest?: number;
	/**
	 * Which UpdateIpsecServer checks first when a call repeats a ClientToken while the gateway is
	 * busy: `token-first` (default) replays the remembered answer, `state-first` answers
	 * VpnGateway.Configuring / OperationConflict. The documentation does not say; the product must
	 * be right under both.
	 */
	order?: CheckOrder;
	/**
	 * What a DryRun carrying a ClientToken does to it: `ignore` (default) leaves it unused, `claim`
	 * uses it up, so a later real call with the same token is IdempotentParameterMismatch. The
	 * documentation asks for a unique token per request and says no more.
	 */
	dryRunToken?: DryRunToken;
};

export type CheckOrder = 'token-first' | 'state-first';
export type DryRunToken = 'ignore' | 'claim';

/** Where the documentation is silent, the reading the sandbox is set to (from FaultOptions). */
export type UnspecifiedBehaviour = {order: CheckOrder; dryRunToken: DryRunToken};

export type SandboxOptions = {
	/** 0 (default) picks an ephemeral port. Always bound to 127.0.0.1. */
	port?: number;
	/** How long a gateway stays `updating` after an asynchronous change, ms (default 8000). */
	updatingMs?: number;
	/** Minimum time between two accepted updates of one gateway before OperationConflict, ms. */
	conflictWindowMs?: number;
	faults?: FaultOptions;
	/** Servers in the large paging region (default 300; the benchmark asks for 2000). */
	largeRegionServers?: number;
	/** Clock, for tests; default Date.now. */
	now?: () => number;
};

export type SandboxCredentials = {accessKeyId: string; accessKeySecret: string};

/** What tests and the wizard can see of the emulator's state. */
export type SandboxInspector = {
	server(ipsecServerId: string): IpsecServer | undefined;
	gateway(vpnGatewayId: string): VpnGateway | undefined;
	/** UpdateIpsecServer calls that changed something (DryRuns, replays and failures excluded). */
	appliedUpdates(): Array<{ipsecServerId: string; clientToken?: string; at: number}>;
	/** Every call received, in order (after signature checks), by action. A connection the fault
	 * injector dropped is recorded with status 0 and code `ConnectionDropped`. */
	calls(): Array<{action: string; at: number; status: number; code?: string}>;
	/** Change a server behind the wizard's back (for the "changed by someone else" case). */
	mutateServer(ipsecServerId: string, change: Partial<IpsecServer>): void;
};

export type Sandbox = {
	/** `127.0.0.1:PORT`, no scheme: the form openapi-client's Config.endpoint takes. */
	endpoint: string;
	port: number;
	/** Full read-write key pair. */
	credentials: SandboxCredentials;
	/** A key pair that may read but gets 403 Forbidden on UpdateIpsecServer. */
	readOnlyCredentials: SandboxCredentials;
	inspect: SandboxInspector;
	setFaults(faults: FaultOptions | undefined): void;
	close(): Promise<void>;
};
