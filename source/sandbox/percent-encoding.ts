// The percent-encoding both Alibaba signature schemes use (RFC 3986 unreserved characters stay,
// everything else is %XX; space is %20). Verifiers always re-encode decoded values with it, never
// sign the raw query text, because Node's querystring leaves !'()* unescaped on the wire.
export function percentEncode(text: string): string {
	return encodeURIComponent(text)
		.replace(/!/g, '%21')
		.replace(/'/g, '%27')
		.replace(/\(/g, '%28')
		.replace(/\)/g, '%29')
		.replace(/\*/g, '%2A');
}
