// Condition-based waiting: polls until the check holds (no fixed sleeps as synchronisation).
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined && value !== false) {
			return value;
		}

		if (Date.now() > deadline) {
			throw new Error('The condition did not hold in time.');
		}

		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}
}
