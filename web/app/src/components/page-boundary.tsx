// A page that throws while it loads or renders — most often a script chunk the server no longer has because the system
// was updated while the tab stayed open — would otherwise blank the whole app, header and menu included. The boundary
// keeps the frame and says what to do; opening another page tries again.
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** Props of PageBoundary: `page` names the open page (its address); a new one clears a caught failure. */
export interface PageBoundaryProps {
  page: string;
  children: ReactNode;
}

/** An error boundary around the page in the app's frame. */
export class PageBoundary extends Component<PageBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: PageBoundaryProps): void {
    if (previous.page !== this.props.page && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

/** What a page that failed shows: the words, and a button that loads the app afresh. */
function PageFailed() {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('error.title')}</p>
      <p>{t('error.pageFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reloadPage')}
      </button>
    </div>
  );
}
