import test from 'ava';
import {clientTokenFor, nameBasedUuid} from '../../source/domain/client-token.js';

const namespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const request = {regionId: 'cn-hangzhou', ipsecServerId: 'iss-1', params: {IkeConfig: '{"IkeEncAlg":"aes256"}'}} as never;
const other = {regionId: 'cn-hangzhou', ipsecServerId: 'iss-1', params: {IkeConfig: '{"IkeEncAlg":"aes"}'}} as never;

test('a ClientToken is a version-5 UUID, the same for the same request in the same attempt', t => {
	const token = clientTokenFor({namespace, attempt: 0}, request);
	t.regex(token, /^[\da-f]{8}-[\da-f]{4}-5[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
	t.is(clientTokenFor({namespace, attempt: 0}, request), token);
});

test('another request, another attempt or another run gets another ClientToken', t => {
	const token = clientTokenFor({namespace, attempt: 0}, request);
	t.not(clientTokenFor({namespace, attempt: 0}, other), token, 'other parameters');
	t.not(clientTokenFor({namespace, attempt: 1}, request), token, 'after a submission came back');
	t.not(clientTokenFor({namespace: '6ba7b811-9dad-11d1-80b4-00c04fd430c8', attempt: 0}, request), token, 'another run');
	t.not(clientTokenFor({namespace, attempt: 0}, {...(request as object), ipsecServerId: 'iss-2'} as never), token, 'another server');
});

test('the namespace must be a UUID (one drawn at random per run)', t => {
	t.throws(() => clientTokenFor({namespace: 'not-a-uuid', attempt: 0}, request), {instanceOf: TypeError});
});

test('the UUID is RFC 9562 version 5 (the RFC\'s example: www.example.com in the DNS namespace)', t => {
	t.is(nameBasedUuid(namespace, 'www.example.com'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
});
