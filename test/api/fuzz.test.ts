// Whatever comes back over the wire, or whatever is thrown, the program gets an ApiError with
// one non-empty sentence, or a fully defined domain value: never a crash, never `undefined`.
import test from 'ava';
import fc from 'fast-check';
import type {z} from 'zod';
import {ApiError} from '../../source/api/api-error.js';
import {listIpsecServersSchema} from '../../source/api/schemas/list-ipsec-servers.js';
import {parseResponse} from '../../source/api/schemas/parse-response.js';
import {describeRegionsSchema} from '../../source/api/schemas/regions.js';
import {updateIpsecServerSchema} from '../../source/api/schemas/update-ipsec-server.js';
import {describeVpcAttributeSchema} from '../../source/api/schemas/vpc-attribute.js';
import {describeVpnGatewaySchema, describeVpnGatewaysSchema} from '../../source/api/schemas/vpn-gateway.js';
import {toApiError} from '../../source/api/to-api-error.js';
import {apiIpsecServer, apiListIpsecServers, apiRegions, apiVpcAttribute, apiVpnGateway} from './fixtures.js';

const parsers: Array<[string, z.ZodType, () => unknown]> = [
	['ListIpsecServers', listIpsecServersSchema, apiListIpsecServers],
	['DescribeVpnGateway', describeVpnGatewaySchema, () => ({RequestId: 'R', ...apiVpnGateway()})],
	['DescribeVpnGateways', describeVpnGatewaysSchema, () => ({RequestId: 'R', VpnGateways: {VpnGateway: [apiVpnGateway()]}})],
	['DescribeVpcAttribute', describeVpcAttributeSchema, apiVpcAttribute],
	['DescribeRegions', describeRegionsSchema, apiRegions],
	['UpdateIpsecServer', updateIpsecServerSchema, () => ({RequestId: 'R'})],
];

const containsUndefined = (value: unknown): boolean =>
	value === undefined ||
	(typeof value === 'object' && value !== null && Object.values(value).some(item => containsUndefined(item)));

const isOneSentence = (message: string): boolean =>
	message.trim().length > 0 && /[.!?…]$/.test(message) && !message.includes('\n') && !message.includes('undefined');

/** Runs a parser; true when it either yields a fully defined value or a proper ApiError. */
const behaves = (schema: z.ZodType, body: unknown, action: string): boolean => {
	try {
		return !containsUndefined(parseResponse(schema, body, action));
	} catch (error: unknown) {
		return error instanceof ApiError && error.kind === 'malformed' && isOneSentence(error.message);
	}
};

/** The documented answer with one field somewhere replaced by an arbitrary JSON value. */
const mutated = (sample: () => unknown) =>
	fc.tuple(fc.jsonValue(), fc.nat(), fc.boolean()).map(([replacement, pick, remove]) => {
		const body = sample() as Record<string, unknown>;
		const paths: Array<[Record<string, unknown>, string]> = [];
		const walk = (node: unknown) => {
			if (typeof node === 'object' && node !== null) {
				for (const key of Object.keys(node)) {
					paths.push([node as Record<string, unknown>, key]);
					walk((node as Record<string, unknown>)[key]);
				}
			}
		};

		walk(body);
		const [parent, key] = paths[pick % paths.length]!;
		if (remove) {
			delete parent[key];
		} else {
			parent[key] = replacement;
		}

		return body;
	});

for (const [action, schema, sample] of parsers) {
	test(`${action}: arbitrary JSON gives a defined value or a one-sentence ApiError`, t => {
		fc.assert(fc.property(fc.jsonValue(), body => behaves(schema, body, action)));
		t.pass();
	});

	test(`${action}: the documented answer with any one field broken or removed`, t => {
		fc.assert(fc.property(mutated(sample), body => behaves(schema, body, action)), {numRuns: 500});
		t.pass();
	});

	test(`${action}: arbitrary strings and bytes as the body`, t => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.uint8Array().map(bytes => Buffer.from(bytes))), body => behaves(schema, body, action)),
		);
		t.pass();
	});
}

test('a malformed Psk anywhere in the answer is never quoted back', t => {
	fc.assert(
		fc.property(fc.string({minLength: 8}), fc.constantFrom(1, true, null, {}, []), (secret, wrong) => {
			const server = {...apiIpsecServer(), Psk: {value: secret, wrong}};
			try {
				parseResponse(listIpsecServersSchema, {RequestId: 'R', IpsecServers: [server]}, 'ListIpsecServers');
				return false;
			} catch (error: unknown) {
				return error instanceof ApiError && !error.message.includes(secret);
			}
		}),
	);
	t.pass();
});

const thrown = fc.oneof(
	fc.anything(),
	fc.string().map(message => new Error(message)),
	fc.record({name: fc.string(), message: fc.string(), code: fc.oneof(fc.string(), fc.constantFrom('ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'undefined'))}),
	fc.record({
		code: fc.string(),
		statusCode: fc.oneof(fc.integer({min: 100, max: 599}), fc.anything()),
		data: fc.oneof(fc.anything(), fc.record({RequestId: fc.anything(), Code: fc.anything(), Message: fc.anything(), statusCode: fc.anything()})),
	}),
);

test('the error mapper turns anything thrown into a one-sentence ApiError', t => {
	fc.assert(
		fc.property(thrown, fc.constantFrom('ListIpsecServers', 'UpdateIpsecServer'), (error, action) => {
			const mapped = toApiError(error, action, {host: 'vpc.example.com', readTimeoutMs: 15_000});
			return (
				mapped instanceof ApiError &&
				isOneSentence(mapped.message) &&
				mapped.code.length > 0 &&
				(mapped.requestId === undefined || typeof mapped.requestId === 'string') &&
				(mapped.httpStatus === undefined || Number.isInteger(mapped.httpStatus))
			);
		}),
		{numRuns: 2000},
	);
	t.pass();
});

test('the PSK being sent never survives into a mapped error', t => {
	fc.assert(
		fc.property(fc.string({minLength: 6}), fc.string(), fc.string(), (psk, before, after) => {
			const raw = {code: 'X', statusCode: 400, data: {RequestId: 'R', Code: 'Some.Code', Message: `${before}${psk}${after}`, statusCode: 400}};
			const mapped = toApiError(raw, 'UpdateIpsecServer', {secrets: [psk]});
			return !mapped.message.includes(psk) && !(mapped.serviceMessage ?? '').includes(psk);
		}),
	);
	t.pass();
});
