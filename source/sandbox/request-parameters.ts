// Reading typed values out of the decoded parameters, with the service's errors for bad ones.
import {SandboxError} from './error-catalogue.js';
import type {SandboxRegion} from './sandbox-model.js';
import type {StateStore} from './state-store.js';

export type Params = Record<string, string>;

export function requiredParam(params: Params, name: string): string {
	const value = params[name];
	if (value === undefined || value === '') {
		throw new SandboxError('MissingParameter', name);
	}

	return value;
}

export function optionalInteger(params: Params, name: string, range: {min: number; max: number; fallback: number}): number {
	const text = params[name];
	if (text === undefined || text === '') {
		return range.fallback;
	}

	const value = Number(text);
	if (!/^-?\d+$/.test(text) || value < range.min || value > range.max) {
		throw new SandboxError('InvalidParameter', name, `it must be a whole number from ${range.min} to ${range.max}.`);
	}

	return value;
}

export function optionalBoolean(params: Params, name: string): boolean | undefined {
	const text = params[name];
	if (text === undefined) {
		return undefined;
	}

	if (text !== 'true' && text !== 'false') {
		throw new SandboxError('InvalidParameter', name, 'it must be true or false.');
	}

	return text === 'true';
}

/** The RegionId parameter, which must name a region the sandbox knows. */
export function requiredRegion(store: StateStore, params: Params): SandboxRegion {
	const regionId = requiredParam(params, 'RegionId');
	const region = store.region(regionId);
	if (!region) {
		throw new SandboxError('InvalidRegionId.NotFound', regionId);
	}

	return region;
}
