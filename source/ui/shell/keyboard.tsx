// The one owner of keyboard input. A single useInput at the root turns keys into intents:
// Ctrl+C (abort), Esc (back), `?` (help) are global and handled here; every other key goes to the
// one screen that registered itself as active with useScreenKeys. ink-select-input keeps its own
// arrow/Enter handling inside a screen, gated by that screen's focus.
import React, {createContext, useContext, useEffect, useRef} from 'react';
import {useInput, type Key} from 'ink';

export type GlobalIntents = {
	onAbort(): void;
	onBack(): void;
	onHelp(): void;
};

export type ScreenKeyHandler = (input: string, key: Key) => void;

type Registry = {
	current: {handler: ScreenKeyHandler; capturesText: boolean} | undefined;
};

const KeyboardContext = createContext<Registry | undefined>(undefined);

export function KeyboardProvider({intents, children}: {intents: GlobalIntents; children: React.ReactNode}) {
	const registry = useRef<Registry>({current: undefined}).current;
	useInput((input, key) => {
		if (key.ctrl && input === 'c') {
			intents.onAbort();
			return;
		}

		if (key.escape) {
			intents.onBack();
			return;
		}

		// `?` is help unless a text field has focus: a PSK or a name may contain `?`.
		if (input === '?' && !registry.current?.capturesText) {
			intents.onHelp();
			return;
		}

		registry.current?.handler(input, key);
	});
	return <KeyboardContext.Provider value={registry}>{children}</KeyboardContext.Provider>;
}

/**
 * Receive the keys the root does not handle. Only one screen (or field) is active at a time; set
 * capturesText while a free-text field has focus so `?` is typed rather than opening help.
 */
export function useScreenKeys(
	handler: ScreenKeyHandler,
	options: {isActive?: boolean; capturesText?: boolean} = {},
): void {
	const registry = useContext(KeyboardContext);
	const {isActive = true, capturesText = false} = options;
	const handlerRef = useRef(handler);
	handlerRef.current = handler;
	useEffect(() => {
		if (!registry || !isActive) {
			return;
		}

		const entry = {handler: (input: string, key: Key) => handlerRef.current(input, key), capturesText};
		registry.current = entry;
		return () => {
			if (registry.current === entry) {
				registry.current = undefined;
			}
		};
	}, [registry, isActive, capturesText]);
}
