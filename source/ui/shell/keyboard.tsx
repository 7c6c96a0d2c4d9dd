// The one owner of keyboard input. A single useInput at the root turns keys into intents:
// Ctrl+C (abort), Esc (back), `?` (help) are global and handled here; every other key goes to the
// one screen that registered itself as active with useScreenKeys. Lists take their arrows and
// Enter from here too (nothing else calls useInput), so no key is lost the instant a list appears.
// Registrations form a stack: the latest active one gets the keys, and when it goes away (an overlay
// closes) the one below gets them again without having to re-register. A screen still loading its
// list holds the keys typed meanwhile; they are applied once the list is drawn.
// Keys Ink cannot name (Ctrl+F1, a pasted colour sequence) and pasted control strings never get
// here (input-guard.ts): they are ignored, not fatal.
import React, {createContext, useContext, useLayoutEffect, useRef} from 'react';
import {useInput, useStdin, type Key} from 'ink';
import {guardInputEvents, type InputGuard} from './input-guard.js';
import {splitKeyBurst, type KeyEvent} from './key-burst.js';

export type GlobalIntents = {
	onAbort(): void;
	onBack(): void;
	onHelp(): void;
};

export type ScreenKeyHandler = (input: string, key: Key) => void;

type Entry = {handler: ScreenKeyHandler; capturesText: boolean; holdsKeys: boolean; onBack?: () => void; onlyBack?: boolean};

type Registry = {
	entries: Entry[];
	/** Bumped on every commit of a screen that takes keys: how the queue knows a key took effect. */
	commits: number;
	/** Goes on with keys held while the top screen was loading. */
	resume(): void;
};

/**
 * A key that changes nothing never produces a commit, so a typed-ahead key waits for its
 * predecessor's only so long: at least this many turns of the event loop (React renders an update
 * within a turn or two, however loaded the machine) and at least this many milliseconds.
 */
const keyEffectWait = {turns: 20, ms: 50};

const top = (registry: Registry): Entry | undefined => registry.entries.at(-1);
/** The entry that gets keys other than Esc: one registered with onlyBack lets them through. */
const keyTaker = (registry: Registry): Entry | undefined => registry.entries.filter(entry => !entry.onlyBack).at(-1);

/** Quit and back are never held: a person who gives up on a slow load must be able to. */
const isImmediate = ({input, key}: KeyEvent): boolean => (key.ctrl && input === 'c') || key.escape;

const namedKeys = ['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageDown', 'pageUp', 'home', 'end', 'return', 'escape', 'tab', 'backspace', 'delete'] as const;

/**
 * An escape sequence that Ink parsed as no key it names: a function key, a modified key Ink does
 * not know, Alt with a key, a pasted SGR or a paste marker. Ink hands some of those on as their
 * text (`[31m`, `$` for Alt+$), which would be typed; no screen uses them, so they are ignored.
 */
export function isUnnamedSequence(raw: string, input: string, key: Key): boolean {
	if (!raw.startsWith('\u001B') || namedKeys.some(name => key[name])) {
		return false;
	}

	return input === '' || raw.endsWith(input);
}

const KeyboardContext = createContext<Registry | undefined>(undefined);

export function KeyboardProvider({intents, children}: {intents: GlobalIntents; children: React.ReactNode}) {
	const queue = useRef<KeyEvent[]>([]).current;
	const draining = useRef(false);
	const registry = useRef<Registry>({
		entries: [],
		commits: 0,
		resume() {
			setImmediate(() => {
				if (!draining.current && queue.length > 0) {
					draining.current = true;
					drain();
				}
			});
		},
	}).current;
	const intentsRef = useRef(intents);
	intentsRef.current = intents;
	const {internal_eventEmitter: emitter} = useStdin();
	const guard = useRef<InputGuard | undefined>(undefined);
	// Installed on the first render, before any key can be read.
	guard.current ??= emitter ? guardInputEvents(emitter) : undefined;
	useLayoutEffect(() => {
		const installed = guard.current;
		return () => {
			installed?.release();
			guard.current = undefined;
		};
	}, [emitter]);

	const route = (input: string, key: Key) => {
		if (key.ctrl && input === 'c') {
			intentsRef.current.onAbort();
			return;
		}

		if (key.escape) {
			// The active screen decides what "back" means (previous step, close a list); else the root.
			const onBack = top(registry)?.onBack;
			if (onBack) {
				onBack();
			} else {
				intentsRef.current.onBack();
			}

			return;
		}

		// `?` is help unless a text field has focus: a PSK or a name may contain `?`.
		if (input === '?' && !keyTaker(registry)?.capturesText) {
			intentsRef.current.onHelp();
			return;
		}

		keyTaker(registry)?.handler(input, key);
	};

	// Keys typed ahead are handled one at a time, each after the screen has committed what the
	// previous one did (React renders a key's update a tick or two later), so "Down, Enter" picks the
	// item below and three Enters move three fields. A key that changes nothing is waited for only
	// briefly.
	function drain() {
		const waiting = queue[0];
		if (!waiting || (keyTaker(registry)?.holdsKeys && !isImmediate(waiting))) {
			// Nothing to do, or the screen is loading: registry.resume goes on when it is drawn.
			draining.current = false;
			return;
		}

		const next = queue.shift()!;

		const commitsBefore = registry.commits;
		const deadline = Date.now() + keyEffectWait.ms;
		let turns = 0;
		route(next.input, next.key);
		const awaitCommit = () => {
			turns++;
			const gaveUp = turns >= keyEffectWait.turns && Date.now() >= deadline;
			if (registry.commits !== commitsBefore || gaveUp) {
				drain();
			} else {
				setImmediate(awaitCommit);
			}
		};

		setImmediate(awaitCommit);
	}

	useInput((input, key) => {
		guard.current?.delivered();
		if (guard.current && isUnnamedSequence(guard.current.current, input, key)) {
			return;
		}

		const events = splitKeyBurst(input, key);
		if (keyTaker(registry)?.holdsKeys && events.some(isImmediate)) {
			// Quit or back while a list loads: what was typed ahead for that list no longer counts.
			queue.length = 0;
		}

		queue.push(...events);
		if (!draining.current) {
			draining.current = true;
			drain();
		}
	});
	return <KeyboardContext.Provider value={registry}>{children}</KeyboardContext.Provider>;
}

/**
 * Receive the keys the root does not handle. Only one screen (or field) is active at a time; set
 * capturesText while a free-text field has focus so `?` is typed rather than opening help,
 * onBack to give Esc a meaning on this screen (otherwise the root's onBack runs), and holdKeys while
 * the screen loads what the keys are for (held keys reach it, in order, once it stops holding;
 * Ctrl+C and Esc are never held and drop what was held). With onlyBack the registration takes Esc
 * alone (e.g. a wait that Esc stops) and other keys reach the screen.
 */
export function useScreenKeys(
	handler: ScreenKeyHandler,
	options: {isActive?: boolean; capturesText?: boolean; holdKeys?: boolean; onBack?: () => void; onlyBack?: boolean} = {},
): void {
	const registry = useContext(KeyboardContext);
	const {isActive = true, capturesText = false, holdKeys = false} = options;
	const handlerRef = useRef(handler);
	handlerRef.current = handler;
	const onBackRef = useRef(options.onBack);
	onBackRef.current = options.onBack;
	const hasBack = options.onBack !== undefined;
	useLayoutEffect(() => {
		if (registry) {
			registry.commits++;
		}
	});
	// Registered during the commit (not after paint), so a key typed right after a screen appears
	// reaches that screen rather than the one it replaced.
	useLayoutEffect(() => {
		if (!registry || !isActive) {
			return;
		}

		const entry: Entry = {
			handler: (input: string, key: Key) => handlerRef.current(input, key),
			capturesText,
			holdsKeys: holdKeys,
			onBack: hasBack ? () => onBackRef.current?.() : undefined,
			onlyBack: options.onlyBack,
		};
		registry.entries.push(entry);
		registry.resume();
		return () => {
			registry.entries = registry.entries.filter(other => other !== entry);
			registry.resume();
		};
	}, [registry, isActive, capturesText, holdKeys, hasBack, options.onlyBack]);
}
