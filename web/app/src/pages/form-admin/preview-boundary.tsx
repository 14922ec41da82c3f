// A schema being typed can be one rjsf cannot render; the preview then says so instead of taking the editor down.
import { Component, type ReactNode } from 'react';

/** Props of PreviewBoundary: `fallback` renders the caught error. */
export interface PreviewBoundaryProps {
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

/** An error boundary around the live preview; give it a new `key` to try again after an edit. */
export class PreviewBoundary extends Component<PreviewBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
