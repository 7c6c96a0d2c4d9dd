// Facts about the terminal and the run that every screen needs: decided once at start-up
// (source/cli), read through this context, never re-detected by a component.
import React, {createContext, useContext} from 'react';
import {symbolsFor, type Symbols} from './symbols.js';

export type UiEnvironment = {
	/** Running against the embedded sandbox: every screen shows a banner. */
	sandbox: boolean;
	/** UTF-8 locale: Unicode symbols and borders; otherwise ASCII only. */
	unicode: boolean;
	/** Colour allowed (off with NO_COLOR, --no-color, TERM=dumb). */
	color: boolean;
	symbols: Symbols;
};

export const defaultUiEnvironment: UiEnvironment = {
	sandbox: false,
	unicode: true,
	color: true,
	symbols: symbolsFor(true),
};

const UiEnvironmentContext = createContext<UiEnvironment>(defaultUiEnvironment);

export function UiEnvironmentProvider({value, children}: {value: UiEnvironment; children: React.ReactNode}) {
	return <UiEnvironmentContext.Provider value={value}>{children}</UiEnvironmentContext.Provider>;
}

export const useUiEnvironment = (): UiEnvironment => useContext(UiEnvironmentContext);
