import test from 'ava';
import fc from 'fast-check';
import type {Key} from 'ink';
import {
	initialTextFieldState,
	sanitizeInput,
	textFieldActionFor,
	textFieldReducer,
	type TextFieldAction,
	type TextFieldState,
} from '../../../source/ui/fields/text-field-state.js';

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

const run = (state: TextFieldState, ...actions: TextFieldAction[]) => actions.reduce(textFieldReducer, state);

test('typing inserts at the cursor and moves it along', t => {
	const state = run(initialTextFieldState('10.0/24'), {type: 'left'}, {type: 'left'}, {type: 'left'}, {type: 'insert', text: '.0'});
	t.deepEqual(state, {value: '10.0.0/24', cursor: 6});
});

test('backspace erases left of the cursor, delete erases under it, both stop at the ends', t => {
	t.deepEqual(run({value: 'abc', cursor: 1}, {type: 'backspace'}), {value: 'bc', cursor: 0});
	t.deepEqual(run({value: 'abc', cursor: 0}, {type: 'backspace'}), {value: 'abc', cursor: 0});
	t.deepEqual(run({value: 'abc', cursor: 1}, {type: 'delete'}), {value: 'ac', cursor: 1});
	t.deepEqual(run({value: 'abc', cursor: 3}, {type: 'delete'}), {value: 'abc', cursor: 3});
});

test('cursor moves left, right, home and end within the value', t => {
	const start = initialTextFieldState('abc');
	t.is(run(start, {type: 'right'}).cursor, 3);
	t.is(run(start, {type: 'home'}, {type: 'left'}).cursor, 0);
	t.is(run(start, {type: 'home'}, {type: 'right'}).cursor, 1);
	t.is(run(start, {type: 'home'}, {type: 'end'}).cursor, 3);
	t.deepEqual(run(start, {type: 'clear'}), {value: '', cursor: 0});
});

test('the cursor counts characters, so an emoji or CJK character is never split', t => {
	const state = run(initialTextFieldState('办公室🔐'), {type: 'backspace'}, {type: 'left'}, {type: 'backspace'});
	t.deepEqual(state, {value: '办室', cursor: 1});
});

test('a paste keeps its text and loses control characters and escape sequences', t => {
	t.is(sanitizeInput('10.0.0.0/24\r\n'), '10.0.0.0/24');
	t.is(sanitizeInput('192.168.0.0/24\n192.168.1.0/24\r\n'), '192.168.0.0/24 192.168.1.0/24');
	t.is(sanitizeInput('a\tb'), 'a b');
	t.is(sanitizeInput('\u001B[31mred\u001B[0m'), 'red');
	t.is(sanitizeInput('\u001B[200~pasted\u001B[201~'), 'pasted');
	t.is(sanitizeInput('bell\u0007 and del\u007F and c1\u0085'), 'bell and del and c1');
	t.is(run(initialTextFieldState(''), {type: 'insert', text: 'key\r'}).value, 'key');
});

test('keys map to edits; Enter, Tab, Esc, up/down and shortcuts are left to the step', t => {
	t.deepEqual(textFieldActionFor('a', noKey), {type: 'insert', text: 'a'});
	t.deepEqual(textFieldActionFor('', {...noKey, delete: true}), {type: 'backspace'});
	t.deepEqual(textFieldActionFor('', {...noKey, backspace: true}), {type: 'backspace'});
	t.deepEqual(textFieldActionFor('d', {...noKey, ctrl: true}), {type: 'delete'});
	t.deepEqual(textFieldActionFor('a', {...noKey, ctrl: true}), {type: 'home'});
	t.deepEqual(textFieldActionFor('e', {...noKey, ctrl: true}), {type: 'end'});
	t.deepEqual(textFieldActionFor('u', {...noKey, ctrl: true}), {type: 'clear'});
	t.deepEqual(textFieldActionFor('', {...noKey, leftArrow: true}), {type: 'left'});
	for (const key of [{return: true}, {tab: true}, {escape: true}, {upArrow: true}, {downArrow: true}]) {
		t.is(textFieldActionFor('', {...noKey, ...key}), undefined);
	}

	t.is(textFieldActionFor('r', {...noKey, ctrl: true}), undefined);
	t.is(textFieldActionFor('c', {...noKey, meta: true}), undefined);
	t.is(textFieldActionFor('[200~', noKey), undefined);
	// A pasted line with its newline is one insert, not an Enter.
	t.deepEqual(textFieldActionFor('10.1.0.0/24\r', noKey), {type: 'insert', text: '10.1.0.0/24\r'});
});

const action: fc.Arbitrary<TextFieldAction> = fc.oneof(
	fc.string({unit: 'binary'}).map(text => ({type: 'insert' as const, text})),
	fc.constantFrom<TextFieldAction>({type: 'backspace'}, {type: 'delete'}, {type: 'left'}, {type: 'right'}, {type: 'home'}, {type: 'end'}, {type: 'clear'}),
);

// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u001F\u007F-\u009F]/u;

test('no key sequence or paste throws, puts a control character in the value or loses the cursor', t => {
	fc.assert(
		fc.property(fc.string(), fc.array(action, {maxLength: 40}), (start, actions) => {
			const state = run(initialTextFieldState(sanitizeInput(start)), ...actions);
			return !control.test(state.value) && state.cursor >= 0 && state.cursor <= [...state.value].length;
		}),
	);
	t.pass();
});

test('whatever Ink delivers, an edit never carries a control character into the value', t => {
	const keyFlags = fc.record({ctrl: fc.boolean(), meta: fc.boolean(), return: fc.boolean(), delete: fc.boolean()});
	fc.assert(
		fc.property(fc.array(fc.tuple(fc.string({unit: 'binary'}), keyFlags), {maxLength: 30}), presses => {
			let state = initialTextFieldState('');
			for (const [input, flags] of presses) {
				const edit = textFieldActionFor(input, {...noKey, ...flags});
				state = edit ? textFieldReducer(state, edit) : state;
			}

			return !control.test(state.value);
		}),
	);
	t.pass();
});
