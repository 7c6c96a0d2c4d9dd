// cn-shanghai: many servers so paging is real. Generated from a fixed seed, so the same count
// always gives the same IDs. Public IPs come from 198.18.0.0/15 (the benchmarking range) because
// the documentation ranges are too small for thousands of gateways.
import {seededRandom, type Random} from '../seeded-random.js';
import type {SandboxData, SandboxVpc} from '../sandbox-model.js';
import {gatewayRecord, serverRecord, vpcRecord} from './seed-records.js';

const regionId = 'cn-shanghai';
const vpcCount = 50;
const idAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
const firstCreation = Date.UTC(2020, 0, 6, 2, 0, 0);
const hourMs = 3_600_000;

export function largeRegion(serverCount: number): SandboxData {
	const random = seededRandom(20_160_428);
	const used = new Set<string>();
	const id = (prefix: string) => uniqueId(prefix, random, used);
	const vpcs: SandboxVpc[] = Array.from({length: Math.min(vpcCount, Math.max(serverCount, 1))}, (_, index) => vpcRecord({
		vpcId: id('vpc'), vpcName: `sh-vpc-${String(index + 1).padStart(2, '0')}`, regionId,
		cidrBlock: `10.${index}.0.0/16`, secondaryCidrBlocks: [`100.${64 + (index % 64)}.0.0/16`],
		creationTime: isoSeconds(firstCreation + index * hourMs), vRouterId: id('vrt'), vSwitchIds: [id('vsw')],
	}));
	const data: SandboxData = {regions: [], vpcs, gateways: [], servers: []};
	for (let index = 0; index < serverCount; index++) {
		const vpc = vpcs[index % vpcs.length]!;
		const createTime = firstCreation + (index + 1) * hourMs;
		const internetIp = `198.${18 + Math.floor(index / 65_536)}.${Math.floor(index / 256) % 256}.${index % 256}`;
		const gateway = gatewayRecord({
			vpnGatewayId: id('vpn'), name: `sh-branch-${String(index + 1).padStart(4, '0')}`, regionId,
			vpcId: vpc.vpcId, vSwitchId: vpc.vSwitchIds[0]!, internetIp, createTime,
		});
		data.gateways.push(gateway);
		data.servers.push(serverRecord({
			ipsecServerId: id('iss'), ipsecServerName: `sh-office-${String(index + 1).padStart(4, '0')}`, regionId,
			vpnGatewayId: gateway.vpnGatewayId, internetIp, creationTime: isoSeconds(createTime + 600_000),
			localSubnet: [vpc.cidrBlock],
			clientIpPool: `172.${16 + (Math.floor(index / 256) % 16)}.${index % 256}.0/24`,
			psk: pick(random, 16, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'),
			onlineClientCount: Math.floor(random() * 8),
		}));
	}

	return data;
}

function uniqueId(prefix: string, random: Random, used: Set<string>): string {
	for (;;) {
		const id = `${prefix}-uf6${pick(random, 18, idAlphabet)}`;
		if (!used.has(id)) {
			used.add(id);
			return id;
		}
	}
}

function pick(random: Random, length: number, alphabet: string): string {
	return Array.from({length}, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

function isoSeconds(epochMs: number): string {
	return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
