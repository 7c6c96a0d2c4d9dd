// Text that reaches a person as one sentence: one line, no control characters (a hostile or
// broken endpoint must not be able to drive the terminal), bounded length, closing punctuation.
const maxLength = 240;

export const toSentence = (text: string, fallback: string): string => {
	const line = text.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replace(/\s+/g, ' ').trim();
	if (line === '') {
		return fallback;
	}

	const bounded = line.length > maxLength ? `${line.slice(0, maxLength - 1).trimEnd()}…` : line;
	const capitalised = bounded.charAt(0).toUpperCase() + bounded.slice(1);
	return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
};

// A secret can come back percent-encoded (once in a query, twice in a V1 string-to-sign).
const encodings = (secret: string): string[] => {
	const once = encodeURIComponent(secret).replace(/[!'()*]/g, character => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
	return [secret, encodeURIComponent(secret), once, encodeURIComponent(once)];
};

/** Replaces every occurrence of each secret (e.g. the PSK being sent), plain or encoded, with `****`. */
export const redact = (text: string, secrets: readonly string[]): string =>
	secrets
		.filter(secret => secret.length > 0)
		.flatMap(secret => encodings(secret))
		.sort((a, b) => b.length - a.length)
		.reduce((result, secret) => result.split(secret).join('****'), text);

/** A value quoted for a message: JSON, short, printable. Never used for secret fields. */
export const quoteValue = (value: unknown): string => {
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = String(value);
	}

	const printable = text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '?');
	return printable.length > 40 ? `${printable.slice(0, 39)}…` : printable;
};
