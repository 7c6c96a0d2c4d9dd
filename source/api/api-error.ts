// The one error type of the whole program. Everything that can go wrong talking to the service
// (an error envelope, a dropped connection, a malformed body, missing credentials) becomes an
// ApiError whose `message` is one sentence a person can act on.

export type ApiErrorKind =
	/** The service answered with an error envelope. */
	| 'service'
	/** The connection failed, reset or timed out. */
	| 'network'
	/** The answer was not what the API promises (non-JSON, wrong shape). */
	| 'malformed'
	/** No usable credentials. */
	| 'credentials';

export type ApiErrorOptions = {
	kind: ApiErrorKind;
	/** The service's Code, or a code of ours for non-service failures (e.g. `NetworkError`). */
	code: string;
	/** One sentence for a person: what happened, what to do. Never contains a secret. */
	message: string;
	httpStatus?: number;
	requestId?: string;
	/** The action that failed, e.g. `UpdateIpsecServer`. */
	action?: string;
	/** The service's own Message, kept for the audit log and debugging. */
	serviceMessage?: string;
	retryable: boolean;
	/** `unknown`: a write that may have been applied although no answer said so (see vpc-client). */
	outcome?: 'unknown';
	cause?: unknown;
};

export class ApiError extends Error {
	override readonly name = 'ApiError';
	readonly kind: ApiErrorKind;
	readonly code: string;
	readonly httpStatus?: number;
	readonly requestId?: string;
	readonly action?: string;
	readonly serviceMessage?: string;
	readonly retryable: boolean;
	readonly outcome?: 'unknown';

	constructor(options: ApiErrorOptions) {
		super(options.message, {cause: options.cause});
		this.kind = options.kind;
		this.code = options.code;
		this.httpStatus = options.httpStatus;
		this.requestId = options.requestId;
		this.action = options.action;
		this.serviceMessage = options.serviceMessage;
		this.retryable = options.retryable;
		this.outcome = options.outcome;
	}

	/** The line shown to the user: the sentence, then code and RequestId where there are some. */
	describe(): string {
		const details = [
			this.kind === 'service' ? this.code : undefined,
			this.requestId ? `RequestId ${this.requestId}` : undefined,
		].filter(Boolean);
		return details.length > 0 ? `${this.message} (${details.join(', ')})` : this.message;
	}
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;
