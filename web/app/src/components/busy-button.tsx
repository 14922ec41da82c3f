// A submit button that shows a spinner and a "working…" label while its request runs.
import './form-controls.css';

/** Props of BusyButton. */
export interface BusyButtonProps {
  busy: boolean;
  label: string;
  busyLabel: string;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'quiet' | 'danger';
  disabled?: boolean;
  onClick?: () => void;
}

/** A button disabled while busy, announcing its state through aria-busy and its label. */
export function BusyButton({ busy, label, busyLabel, type = 'submit', variant = 'primary', disabled, onClick }: BusyButtonProps) {
  return (
    <button type={type} className={`button button--${variant}`} disabled={busy || disabled} aria-busy={busy} onClick={onClick}>
      {busy && <span className="spinner" aria-hidden="true" />}
      {busy ? busyLabel : label}
    </button>
  );
}
