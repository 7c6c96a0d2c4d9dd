// The edit flow as the App would host it: draft and step held in state, inside the UI
// environment and the one keyboard owner; plus condition-based waiting on frames.
import React, {useState} from 'react';
import {renderSized} from './render-sized.js';
import {configFromServer, generatePsk, type IpsecServer, type IpsecServerConfig, type ServerContext, type UpdatePlan} from '../../../source/domain/index.js';
import {draftFromConfig, type Draft} from '../../../source/ui/edit/draft.js';
import {EditFlow, type EditNotice, type EditStepId} from '../../../source/ui/edit/edit-flow.js';
import {KeyboardProvider} from '../../../source/ui/shell/keyboard.js';
import {symbolsFor} from '../../../source/ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../../../source/ui/shell/ui-environment.js';
import {context as fixtureContext, server as fixtureServer} from './fixtures.js';

export type Events = {
	submitted?: {plan: UpdatePlan; edited: IpsecServerConfig};
	nothingToChange: number;
	cancelled: number;
	exitedBack: number;
	helps: number;
	steps: EditStepId[];
	draft?: Draft;
};

export type HarnessOptions = {
	step?: EditStepId;
	server?: IpsecServer;
	context?: ServerContext;
	notice?: EditNotice;
	unicode?: boolean;
	color?: boolean;
	columns?: number;
	/** Edits already made when the flow opens. */
	edits?: Partial<Draft>;
};

/** The harness's ClientToken namespace and random source, so a test can work out the token and the generated key. */
export const harnessTokenNamespace = '5d1f7a2c-3b4e-4f60-8a9b-0c1d2e3f4a5b';
export const harnessRandomBytes = (count: number) => Uint8Array.from({length: count}, (_, index) => (index * 37 + 11) % 256);

export async function renderEditFlow(options: HarnessOptions = {}) {
	const server = options.server ?? fixtureServer;
	const events: Events = {nothingToChange: 0, cancelled: 0, exitedBack: 0, helps: 0, steps: []};
	const unicode = options.unicode ?? true;
	const environment = {sandbox: true, unicode, color: options.color ?? true, symbols: symbolsFor(unicode)};
	const base = configFromServer(server);
	function Host() {
		const [draft, setDraft] = useState(() => ({...draftFromConfig(configFromServer(server)), generatedPsk: generatePsk(harnessRandomBytes), ...options.edits}));
		const [step, setStep] = useState<EditStepId>(options.step ?? 'basics');
		events.draft = draft;
		return (
			<EditFlow
				server={server}
				base={base}
				context={options.context ?? fixtureContext}
				draft={draft}
				step={step}
				notice={options.notice}
				onDraftChange={setDraft}
				onStepChange={next => {
					events.steps.push(next);
					setStep(next);
				}}
				onExitBack={() => events.exitedBack++}
				onSubmit={(plan, edited) => {
					events.submitted = {plan, edited};
				}}
				onNothingToChange={() => events.nothingToChange++}
				onCancel={() => events.cancelled++}
				clientToken={{namespace: harnessTokenNamespace, attempt: 0}}
			/>
		);
	}

	const instance = renderSized(options.columns ?? 80,
		<UiEnvironmentProvider value={environment}>
			<KeyboardProvider intents={{onAbort() {}, onBack() {}, onHelp: () => events.helps++}}>
				<Host />
			</KeyboardProvider>
		</UiEnvironmentProvider>,
	);
	await waitFor(() => instance.lastFrame() !== undefined, 'the first frame');
	return {...instance, events};
}

export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	up: '\u001B[A',
	down: '\u001B[B',
	backspace: '\u007F',
	ctrlR: '\u0012',
	ctrlU: '\u0015',
} as const;

/** Poll until the condition holds, or fail after a generous bound (a shared 2-core machine). */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
	const started = Date.now();
	while (!condition()) {
		if (Date.now() - started > timeoutMs) {
			throw new Error(`Timed out waiting for ${what}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 5);
		});
	}

	// Whatever appeared may register for keys in a passive effect, which React runs next tick.
	await nextTick();
}

export async function waitForFrame(instance: {lastFrame(): string | undefined}, text: string | RegExp): Promise<string> {
	const matches = () => {
		const frame = instance.lastFrame() ?? '';
		return typeof text === 'string' ? frame.includes(text) : text.test(frame);
	};

	await waitFor(matches, `a frame with ${String(text)}; last frame:\n${instance.lastFrame() ?? ''}`);
	return instance.lastFrame() ?? '';
}

type Driven = {stdin: {write(data: string): void}; lastFrame(): string | undefined};

/** Write each key once the previous one has visibly been taken (the frame changed). */
export async function press(instance: Driven, ...sequence: string[]): Promise<void> {
	for (const data of sequence) {
		const before = instance.lastFrame();
		instance.stdin.write(data);
		await waitFor(() => instance.lastFrame() !== before, `the screen to react to ${JSON.stringify(data)}; it shows:\n${before ?? ''}`);
	}
}

const nextTick = async () => new Promise(resolve => {
	setImmediate(resolve);
});

/** Write a key that may leave the screen as it is (e.g. a refused Enter), then let Ink settle. */
export async function pressQuietly(instance: Driven, data: string): Promise<void> {
	instance.stdin.write(data);
	// Ink delivers a lone ESC one tick later (it could start a sequence): yield that tick.
	await nextTick();
}
