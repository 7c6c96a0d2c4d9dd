// Any failure as the one sentence a person sees: ApiError says it with code and RequestId; anything
// else gets a generic sentence (never a stack trace or a raw library message).
import {isApiError} from '../../api/api-error.js';

export function errorSentence(error: unknown): string {
	if (isApiError(error)) {
		return error.describe();
	}

	return 'Something unexpected went wrong talking to the service; try again.';
}
