// One line under the first screens when preferences.json had a key that could not be used: which
// one, and that the rest were kept. Said once per run (the store reads the file once).
import React, {useEffect, useState} from 'react';
import {Paragraph} from '../shell/paragraph.js';
import type {Phase} from './app-reducer.js';
import {useServices} from './services-context.js';

const earlyPhases = new Set<Phase>(['connect', 'reattach', 'regions', 'servers']);

export function PreferencesNotice({phase}: {phase: Phase}) {
	const {preferences} = useServices();
	const [problem, setProblem] = useState<string>();
	useEffect(() => {
		let live = true;
		void preferences.problem().then(sentence => {
			if (live) {
				setProblem(sentence);
			}
		});
		return () => {
			live = false;
		};
	}, []);
	return problem && earlyPhases.has(phase) ? <Paragraph dimColor text={problem} /> : null;
}
