// The terminal's width for every line of a step, read once per step (one resize listener) and
// handed down, so each line can be cut to it.
import React, {createContext, useContext} from 'react';
import {useTerminalSize} from '../shell/use-terminal-size.js';

const ColumnsContext = createContext(80);

export function ColumnsProvider({children}: {children: React.ReactNode}) {
	const {columns} = useTerminalSize();
	return <ColumnsContext.Provider value={columns}>{children}</ColumnsContext.Provider>;
}

export const useColumns = (): number => useContext(ColumnsContext);
