// Strings from the service or from files reach the terminal only neutralised, and every column is
// counted in display cells (a CJK character takes two).
import test from 'ava';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {fitPieces} from '../../../source/ui/fields/fit-pieces.js';
import {sanitizeInput} from '../../../source/ui/fields/text-field-state.js';
import {terminalLines, terminalText} from '../../../source/ui/fields/terminal-text.js';
import {serverColumns, serverHeader, serverRow} from '../../../source/ui/flow/server-rows.js';
import {createControlStringFilter} from '../../../source/ui/shell/control-strings.js';
import {fitLine} from '../../../source/ui/shell/fit-line.js';
import {textWindow} from '../../../source/ui/fields/text-window.js';
import {server} from '../../services/fixtures.js';

const hostileName = 'evil\u001B]0;pwned\u0007name';
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/u;

test('a control character from outside is shown as a visible stand-in, never written', t => {
	t.is(terminalText(hostileName, true), 'evil␛]0;pwned␇name');
	t.is(terminalText(hostileName, false), 'evil?]0;pwned?name');
	t.is(terminalText('a\u009B31mb', true), 'a\uFFFD31mb', 'a C1 CSI byte is neutralised too');
	t.is(terminalText('id-\u202Egnp.exe', true), 'id-\uFFFDgnp.exe', 'a bidi override cannot reorder an ID');
	t.is(terminalText('two\nlines', true), 'two␊lines', 'a line break inside one value is shown, not obeyed');
	t.is(terminalLines(['one\u001B[2J', 'two'], true), 'one␛[2J\ntwo', 'lines of ours keep their breaks');
});

test('neutralised text never holds a control character and keeps one character per character', t => {
	fc.assert(
		fc.property(fc.string({unit: 'binary'}), fc.boolean(), (text, unicode) => {
			const shown = terminalText(text, unicode);
			return !controlCharacters.test(shown) && [...shown].length === [...text].length;
		}),
	);
	t.pass();
});

test('a pasted control string is removed whole, not just its ESC', t => {
	t.is(sanitizeInput('ab\u001B]0;pwned\u0007cd'), 'abcd');
	t.is(sanitizeInput('ab\u001B]0;pwned\u001B\\cd'), 'abcd');
	t.is(sanitizeInput('ab\u001BP+q\u001B\\cd'), 'abcd');
	// As Ink's input parser delivers it: the introducer alone, then the rest.
	const filter = createControlStringFilter();
	t.deepEqual(['ab', '\u001B]', '0;pwned\u0007cd'].map(event => filter.push(event)), ['ab', '', 'cd']);
});

test('lines are cut by display width and never split a wide character', t => {
	const name = '总部VPN-客户端-测试';
	t.is(stringWidth(name), 19);
	t.is(fitLine(name, 10, '...'), '总部VPN...');
	t.is(fitLine(name, 9, '...'), '总部VP...');
	t.deepEqual(fitPieces([{text: name}], 10, '…'), [{text: '总部VPN-…'}]);
	fc.assert(
		fc.property(fc.string({unit: 'grapheme'}), fc.integer({min: 4, max: 60}), (text, columns) => stringWidth(fitLine(text, columns, '...')) <= columns),
	);
});

for (const width of [60, 80]) {
	test(`at ${width} columns a CJK name does not shift the picker's columns`, t => {
		const servers = [
			{...server, ipsecServerName: 'sales-remote-access'},
			{...server, ipsecServerId: 'iss-bp1cjk0name0server0001', ipsecServerName: '总部VPN-客户端-测试'},
		];
		const columns = serverColumns(width, servers);
		const rows = [serverHeader(columns, '...'), ...servers.map(each => serverRow(each, columns, '...'))];
		const idColumn = (row: string, id: string) => stringWidth(row.slice(0, row.indexOf(id)));
		t.is(idColumn(rows[1]!, servers[0]!.ipsecServerId), idColumn(rows[2]!, servers[1]!.ipsecServerId));
		t.is(idColumn(rows[0]!, 'ID'), idColumn(rows[2]!, servers[1]!.ipsecServerId));
		for (const row of rows) {
			t.true(stringWidth(row) + 2 <= width, row);
		}
	});
}

test('picker columns follow the terminal: names whole while the row has room, IDs never cut, the gateway column goes first', t => {
	const long = {...server, ipsecServerId: 'iss-bp1e3r5t7y9u1i2o4p6a8', vpnGatewayId: 'vpn-bp1h2j4k6l8z0x3c5v7b9', ipsecServerName: 'finance-office-remote-users', clientIpPool: '172.16.8.0/22'};
	const at80 = serverColumns(80, [long]);
	t.true(serverRow(long, at80, '...').includes(long.ipsecServerName), 'the whole name at 80 columns');
	t.true(serverRow(long, at80, '...').includes(long.ipsecServerId));
	t.is(at80.gateway, 0, 'no room for the gateway beside the whole name');
	const at120 = serverColumns(120, [long]);
	t.true(at120.gateway >= long.vpnGatewayId.length, 'the gateway whole when there is room');
	const at60 = serverColumns(60, [long]);
	t.true(serverRow(long, at60, '...').includes(long.ipsecServerId), 'the ID whole at 60 columns');
});

test('a text field scrolls by display cells: a CJK value never overflows its line and the cursor stays in view', t => {
	const value = '总部VPN-客户端-测试-总部VPN-客户端-测试';
	fc.assert(
		fc.property(fc.integer({min: 0, max: [...value].length}), fc.integer({min: 8, max: 40}), (cursor, width) => {
			const window = textWindow(value, cursor, width);
			return stringWidth(window.before + window.atCursor + window.after) <= Math.max(width - 2, 4) && window.atCursor === ([...value][cursor] ?? ' ');
		}),
	);
	t.deepEqual(textWindow('abc', 1, 20), {before: 'a', atCursor: 'b', after: 'c', clippedStart: false, clippedEnd: false});
});
