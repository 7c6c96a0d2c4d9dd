// The emulator's world: regions, VPCs, gateways, servers, plus the lifecycle of every gateway
// and the records the inspector shows. Every read settles due changes first.
import type {IpsecServer} from '../domain/model.js';
import {beginAsyncChange, finishedSyncChange, isUpdating, refusal, settle, type GatewayLifecycle, type Refusal} from './gateway-lifecycle.js';
import type {SandboxData, SandboxGateway, SandboxRegion, SandboxVpc} from './sandbox-model.js';
import {applyServerChange, isNameOnlyChange, type ServerChange} from './server-change.js';

export type StoreTiming = {
	now: () => number;
	updatingMs: number;
	conflictWindowMs: number;
};

export type AppliedUpdate = {ipsecServerId: string; clientToken?: string; at: number};

export class StateStore {
	readonly #regions: SandboxRegion[];
	readonly #vpcs = new Map<string, SandboxVpc>();
	readonly #gateways = new Map<string, SandboxGateway>();
	readonly #servers = new Map<string, IpsecServer>();
	readonly #lifecycles = new Map<string, GatewayLifecycle>();
	readonly #applied: AppliedUpdate[] = [];
	readonly #timers = new Set<NodeJS.Timeout>();

	constructor(data: SandboxData, private readonly timing: StoreTiming) {
		this.#regions = data.regions;
		for (const vpc of data.vpcs) {
			this.#vpcs.set(vpc.vpcId, vpc);
		}

		for (const gateway of data.gateways) {
			this.#gateways.set(gateway.vpnGatewayId, gateway);
		}

		for (const server of data.servers) {
			this.#servers.set(server.ipsecServerId, server);
		}
	}

	regions(): SandboxRegion[] {
		return this.#regions;
	}

	region(regionId: string): SandboxRegion | undefined {
		return this.#regions.find(region => region.regionId === regionId);
	}

	vpc(vpcId: string): SandboxVpc | undefined {
		return this.#vpcs.get(vpcId);
	}

	/** The gateway with its status as of now. */
	gateway(vpnGatewayId: string): SandboxGateway | undefined {
		this.settle();
		const gateway = this.#gateways.get(vpnGatewayId);
		return gateway && this.#withStatus(gateway);
	}

	gatewaysIn(regionId: string): SandboxGateway[] {
		this.settle();
		return [...this.#gateways.values()].filter(gateway => gateway.regionId === regionId).map(gateway => this.#withStatus(gateway));
	}

	server(ipsecServerId: string): IpsecServer | undefined {
		this.settle();
		return this.#servers.get(ipsecServerId);
	}

	serversIn(regionId: string): IpsecServer[] {
		this.settle();
		return [...this.#servers.values()].filter(server => server.regionId === regionId);
	}

	/** Why the gateway cannot take a change now, if it cannot. */
	refusal(vpnGatewayId: string): Refusal | undefined {
		this.settle();
		return refusal(this.#lifecycle(vpnGatewayId), this.timing.now(), this.timing.conflictWindowMs);
	}

	/** Accepts a validated change: a rename at once, anything else after `updatingMs`. */
	acceptChange(server: IpsecServer, change: ServerChange, clientToken: string | undefined): void {
		const now = this.timing.now();
		if (isNameOnlyChange(change)) {
			this.#servers.set(server.ipsecServerId, applyServerChange(server, change));
			this.#lifecycles.set(server.vpnGatewayId, finishedSyncChange(now));
		} else {
			this.#lifecycles.set(server.vpnGatewayId, beginAsyncChange(now, this.timing.updatingMs, {ipsecServerId: server.ipsecServerId, change}));
			this.#wakeAt(this.timing.updatingMs);
		}

		this.#applied.push({ipsecServerId: server.ipsecServerId, ...(clientToken === undefined ? {} : {clientToken}), at: now});
	}

	appliedUpdates(): AppliedUpdate[] {
		return [...this.#applied];
	}

	mutateServer(ipsecServerId: string, change: Partial<IpsecServer>): void {
		const server = this.server(ipsecServerId);
		if (!server) {
			throw new Error(`The sandbox has no IPsec server ${ipsecServerId}.`);
		}

		this.#servers.set(ipsecServerId, {...server, ...change, ipsecServerId});
	}

	/** Applies every change whose deadline has passed. */
	settle(): void {
		const now = this.timing.now();
		for (const [gatewayId, lifecycle] of this.#lifecycles) {
			const settled = settle(lifecycle, now);
			if (settled.lifecycle === lifecycle) {
				continue;
			}

			this.#lifecycles.set(gatewayId, settled.lifecycle);
			const server = settled.due && this.#servers.get(settled.due.ipsecServerId);
			if (server && settled.due) {
				this.#servers.set(server.ipsecServerId, applyServerChange(server, settled.due.change));
			}
		}
	}

	/** Stops the wake-up timers (the sandbox is closing). */
	dispose(): void {
		for (const timer of this.#timers) {
			clearTimeout(timer);
		}

		this.#timers.clear();
	}

	#lifecycle(vpnGatewayId: string): GatewayLifecycle {
		return this.#lifecycles.get(vpnGatewayId) ?? {};
	}

	#withStatus(gateway: SandboxGateway): SandboxGateway {
		return isUpdating(this.#lifecycle(gateway.vpnGatewayId), this.timing.now()) ? {...gateway, status: 'updating'} : gateway;
	}

	// Not needed for correctness (reads settle lazily); it only makes the change land in real
	// time for an observer that does not call in. Unref'd so it never keeps the process alive.
	#wakeAt(delayMs: number): void {
		const timer = setTimeout(() => {
			this.#timers.delete(timer);
			this.settle();
		}, delayMs + 1);
		timer.unref();
		this.#timers.add(timer);
	}
}
