/**
 * Catches render errors anywhere below it, so a bug shows a message in the pane instead of
 * a blank panel. "Try again" remounts the children.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Strings } from '../strings';

interface Props {
  strings: Strings;
  onError?: (error: unknown, info: ErrorInfo) => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
  attempt: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private retry = (): void => {
    this.setState((s) => ({ error: null, failed: false, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    const { strings } = this.props;
    if (this.state.failed) {
      const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.crashTitle}</MessageBarTitle>
            {strings.crashBody} {detail}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={this.retry}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return <div key={this.state.attempt}>{this.props.children}</div>;
  }
}
