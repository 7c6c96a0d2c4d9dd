// A render error must not reach the user as Ink's stack-trace overview: it ends the program with
// one sentence instead (through the same exit as everything else).
import React from 'react';

export const renderFailureSentence = 'The wizard hit an unexpected problem and stopped; nothing more was sent. Run it again, and report this if it happens again.';

type Props = {onError(error: unknown): void; children: React.ReactNode};

export class ErrorBoundary extends React.Component<Props, {failed: boolean}> {
	override state = {failed: false};

	static getDerivedStateFromError(): {failed: boolean} {
		return {failed: true};
	}

	override componentDidCatch(error: unknown): void {
		this.props.onError(error);
	}

	override render(): React.ReactNode {
		return this.state.failed ? null : this.props.children;
	}
}
