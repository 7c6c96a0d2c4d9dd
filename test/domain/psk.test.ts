import test from 'ava';
import {generatePsk, maskSecret, pskAlphabet} from '../../source/domain/psk.js';
import {validatePsk} from '../../source/domain/field-validation.js';

function sequence(bytes: number[]): (count: number) => Uint8Array {
	let position = 0;
	return count => Uint8Array.from({length: count}, () => bytes[position++ % bytes.length] ?? 0);
}

test('a generated key has 32 characters from the unambiguous alphabet and passes validation', t => {
	const key = generatePsk(sequence([0, 1, 2, 3, 55, 100, 200, 223]));
	t.is(key.length, 32);
	t.true([...key].every(character => pskAlphabet.includes(character)));
	t.is(validatePsk(key), undefined);
});

test('the alphabet has no look-alikes, quotes, spaces or backslashes', t => {
	t.false(/[0O1lIo'"` \\]/.test(pskAlphabet));
	t.is(new Set(pskAlphabet).size, pskAlphabet.length);
});

test('bytes that would bias the choice are skipped', t => {
	// 224 and above are rejected; 0 and 56 both map to the first letter.
	t.is(generatePsk(sequence([255, 224, 0, 240, 56, 1]), 3), 'AAB');
});

test('the requested length is honoured within the PSK limits', t => {
	t.is(generatePsk(sequence([7]), 100).length, 100);
	t.throws(() => generatePsk(sequence([7]), 0), {instanceOf: RangeError});
	t.throws(() => generatePsk(sequence([7]), 101), {instanceOf: RangeError});
});

test('a random source that only gives rejected bytes fails instead of hanging', t => {
	t.throws(() => generatePsk(sequence([250]), 8), {message: /too few usable bytes/});
});

test('a secret is masked with a fixed number of characters', t => {
	t.is(maskSecret('a', '•'), '••••••••');
	t.is(maskSecret('x'.repeat(64), '*'), '********');
	t.is(maskSecret('', '*'), '');
});
