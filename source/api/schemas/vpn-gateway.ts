// DescribeVpnGateway (a flat object) and DescribeVpnGateways (a {"VpnGateway": […]} wrapper),
// vpc-api.md §4. Only the fields the program uses are read; the rest is ignored.
import {z} from 'zod';
import {vpnGatewayStatuses, type VpnGateway} from '../../domain/model.js';
import type {VpnGatewayPage, WithRequestId} from '../vpc-api.js';
import {apiInteger, optionalText, requestId} from './api-values.js';

const switchState = z.enum(['enable', 'disable']);

const vpnGatewayFields = z.object({
	VpnGatewayId: z.string().min(1),
	Name: z.string().default(''),
	Description: z.string().default(''),
	VpcId: z.string().min(1),
	VSwitchId: z.string().default(''),
	InternetIp: z.string().default(''),
	Status: z.enum(vpnGatewayStatuses),
	BusinessStatus: z.enum(['Normal', 'FinancialLocked']),
	// Doc tables show `5`, samples `5M`: kept as the text the API gives.
	Spec: z.union([z.string(), z.number().transform(String)]).default(''),
	IpsecVpn: switchState,
	SslVpn: switchState,
	SslMaxConnections: apiInteger.default(0),
	CreateTime: apiInteger.default(0),
	EndTime: apiInteger.default(0),
	RegionId: optionalText,
});

const toVpnGateway = (api: z.output<typeof vpnGatewayFields>): VpnGateway => ({
	vpnGatewayId: api.VpnGatewayId,
	name: api.Name,
	description: api.Description,
	vpcId: api.VpcId,
	vSwitchId: api.VSwitchId,
	internetIp: api.InternetIp,
	status: api.Status,
	businessStatus: api.BusinessStatus,
	spec: api.Spec,
	ipsecVpn: api.IpsecVpn,
	sslVpn: api.SslVpn,
	sslMaxConnections: api.SslMaxConnections,
	createTime: api.CreateTime,
	endTime: api.EndTime,
	...(api.RegionId === undefined ? {} : {regionId: api.RegionId}),
});

export const describeVpnGatewaySchema = vpnGatewayFields
	.extend({RequestId: requestId})
	.transform((api): WithRequestId<VpnGateway> => ({requestId: api.RequestId, ...toVpnGateway(api)}));

export const describeVpnGatewaysSchema = z
	.object({
		RequestId: requestId,
		TotalCount: apiInteger.optional(),
		PageNumber: apiInteger.default(1),
		PageSize: apiInteger.default(10),
		VpnGateways: z.object({VpnGateway: z.array(vpnGatewayFields.transform(toVpnGateway)).default([])}).default({VpnGateway: []}),
	})
	.transform(
		(api): VpnGatewayPage => ({
			requestId: api.RequestId,
			gateways: api.VpnGateways.VpnGateway,
			totalCount: api.TotalCount ?? api.VpnGateways.VpnGateway.length,
			pageNumber: api.PageNumber,
			pageSize: api.PageSize,
		}),
	);
