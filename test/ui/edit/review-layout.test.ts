import test from 'ava';
import fc from 'fast-check';
import {wrapText} from '../../../source/ui/edit/review/details-lines.js';
import {displayWidth} from '../../../source/ui/shell/display-width.js';
import {planReviewRows, rowsFor} from '../../../source/ui/edit/review/review-layout.js';

const sentence = 'Connected clients are not dropped now; the new settings are used when traffic next starts a negotiation.';

test('a small change shows every change and the sentences that fit whole', t => {
	const rows = planReviewRows({rows: 18, columns: 80, noticeLines: 0, changes: 2, summary: [sentence, 'Short one.'], advisories: 1, choiceRows: 3});
	t.deepEqual(rows, {changeRows: 2, hiddenChanges: 0, summarySentences: 2, advisoryRows: 1});
});

test('many changes keep four rows, sentences take what is left whole, the other changes are counted', t => {
	const rows = planReviewRows({rows: 18, columns: 60, noticeLines: 3, changes: 15, summary: [sentence, sentence], advisories: 5, choiceRows: 3});
	t.deepEqual(rows, {changeRows: 3, hiddenChanges: 12, summarySentences: 1, advisoryRows: 2});
});

test('whatever arrives, what is planned never needs more rows than there are', t => {
	fc.assert(
		fc.property(
			fc.integer({min: 0, max: 3}),
			fc.integer({min: 1, max: 18}),
			fc.array(fc.string({maxLength: 200}), {maxLength: 5}),
			fc.integer({min: 0, max: 12}),
			fc.constantFrom(60, 80, 100),
			(noticeLines, changes, summary, advisories, columns) => {
				const input = {rows: 18, columns, noticeLines, changes, summary, advisories, choiceRows: 3};
				const plan = planReviewRows(input);
				const summaryRows = summary.slice(0, plan.summarySentences).reduce((sum, text) => sum + rowsFor(text, columns - 2), 0);
				const used = 4 + 3 + noticeLines + plan.advisoryRows + summaryRows + plan.changeRows + (plan.hiddenChanges > 0 ? 1 : 0);
				return used <= 18 && plan.changeRows >= 1;
			},
		),
	);
	t.pass();
});

test('details are wrapped by words, keep their indent, and cut words longer than a line', t => {
	t.deepEqual(wrapText('  Phase 1 encryption: aes -> aes256', 20), ['  Phase 1', 'encryption: aes ->', 'aes256']);
	t.deepEqual(wrapText('--IkeConfig {"IkeVersion":"ikev2"}', 12), ['--IkeConfig', '{"IkeVersion', '":"ikev2"}']);
	fc.assert(
		fc.property(fc.string({maxLength: 300}), fc.integer({min: 1, max: 100}), (text, columns) =>
			wrapText(text, columns).every(row => [...row].length <= Math.max(columns, [...(/^ */.exec(text)?.[0] ?? '')].length + 1))),
	);
});

test('the details view wraps by display cells: a CJK name never runs past the edge', t => {
	for (const row of wrapText('  Name: hq → 总部VPN-客户端-测试-总部VPN-客户端-测试 总部VPN-客户端-测试', 30)) {
		t.true(displayWidth(row) <= 30, row);
	}
});
