// One line under the first screens when preferences.json had a key that could not be used: which
// one, and that the rest were kept. Said once per run (the store reads the file once; the runner
// asks it when connecting).
import React from 'react';
import {Paragraph} from '../shell/paragraph.js';
import type {Phase} from './app-reducer.js';

const earlyPhases = new Set<Phase>(['connect', 'reattach', 'regions', 'servers']);

export function PreferencesNotice({phase, problem}: {phase: Phase; problem?: string}) {
	return problem && earlyPhases.has(phase) ? <Paragraph dimColor text={problem} /> : null;
}
