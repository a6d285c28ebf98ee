import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import { describeError } from '../api/api-error';

interface Props {
  /** What the page is called, for the message. */
  pageName: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  attempt: number;
}

/**
 * Catches a page's render errors so one broken page leaves the navigation usable.
 * "Reload page" remounts only the page (a fresh key), keeping the rest of the app's state.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Only the component stack: error messages from the engine never carry row values.
    console.error(`${this.props.pageName} page failed`, error, info.componentStack);
  }

  private readonly retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <Box data-testid="page-error">
          <Alert
            severity="error"
            action={
              <Button color="inherit" onClick={this.retry}>
                Reload page
              </Button>
            }
          >
            <AlertTitle>The {this.props.pageName} page could not be shown</AlertTitle>
            {describeError(this.state.error)}
          </Alert>
        </Box>
      );
    }
    return <Box key={this.state.attempt}>{this.props.children}</Box>;
  }
}
