import test from 'ava';
import fc from 'fast-check';
import {filterServers, lookupQuery, mergeServers} from '../../../source/ui/flow/server-filter.js';
import {fit, serverColumns, serverHeader, serverRow} from '../../../source/ui/flow/server-rows.js';
import {visibleWindow} from '../../../source/ui/flow/visible-window.js';
import {fitLine} from '../../../source/ui/shell/fit-line.js';
import {server} from '../../services/fixtures.js';

const other = {...server, ipsecServerId: 'iss-other2', ipsecServerName: 'branch'};
const base = {regionId: 'cn-hangzhou'};

test('partial text filters loaded rows by name or ID, ignoring case', t => {
	t.deepEqual(filterServers([server, other], 'OFF'), [server]);
	t.deepEqual(filterServers([server, other], 'other2'), [other]);
	t.deepEqual(filterServers([server, other], ''), [server, other]);
});

test('an exact ID not loaded yet is looked up by IpsecServerId.1', t => {
	t.deepEqual(lookupQuery('iss-zzz9', [server], base, true), {...base, ipsecServerIds: ['iss-zzz9']});
});

test('other text not matched exactly is looked up by IpsecServerName', t => {
	t.deepEqual(lookupQuery('sh-office-0250', [server], base, true), {...base, ipsecServerName: 'sh-office-0250'});
});

test('no look-up when every page is loaded, the text is empty, or a row matches exactly', t => {
	t.is(lookupQuery('iss-zzz9', [server], base, false), undefined);
	t.is(lookupQuery('  ', [server], base, true), undefined);
	t.is(lookupQuery('office', [server], base, true), undefined);
	t.is(lookupQuery('iss-test1', [server], base, true), undefined);
});

test('merging keeps one row per server, first seen first', t => {
	t.deepEqual(mergeServers([server], [other, server]), [server, other]);
});

for (const width of [60, 80, 120]) {
	test(`rows fit ${width} columns with the pointer`, t => {
		const columns = serverColumns(width);
		const long = {...server, ipsecServerName: 'a-very-long-server-name-that-goes-on-and-on', clientIpPool: '172.16.100.0/22', onlineClientCount: 12_345};
		t.true(serverRow(long, columns, '...').length + 2 <= width);
		t.true(serverHeader(columns, '...').length + 2 <= width);
		t.true(serverRow(long, columns, '...').includes(server.ipsecServerId.slice(0, 8)));
	});
}

test('the gateway column is dropped before names are cut, and shown when the row has room', t => {
	t.is(serverColumns(60).gateway, 0);
	t.is(serverColumns(80).gateway, 0, 'at 80 columns the names get the room');
	t.true(serverColumns(120).gateway > 0);
});

test('fit pads short text and cuts long text with the given ellipsis', t => {
	t.is(fit('ab', 4, '...'), 'ab  ');
	t.is(fit('abcdefgh', 6, '...'), 'abc...');
});

test('fitLine never exceeds the width', t => {
	fc.assert(
		fc.property(fc.string(), fc.integer({min: 4, max: 200}), (text, columns) => [...fitLine(text, columns, '...')].length <= columns),
	);
	t.is(fitLine('Enter next | Esc back', 12, '...'), 'Enter nex...');
});

test('the visible window always contains the highlighted row', t => {
	fc.assert(
		fc.property(fc.integer({min: 0, max: 500}), fc.integer({min: 1, max: 30}), fc.nat(), (total, count, raw) => {
			if (total === 0) {
				return true;
			}

			const highlight = raw % total;
			const {start, end} = visibleWindow(total, highlight, count);
			return start <= highlight && highlight < end && end - start <= count && end <= total;
		}),
	);
	t.pass();
});
