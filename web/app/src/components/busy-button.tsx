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
  /** The id of the text that says why the button is disabled, or what it is still waiting for. */
  describedBy?: string;
  onClick?: () => void;
}

/** A button disabled while busy, announcing its state through aria-busy and its label. */
export function BusyButton({
  busy,
  label,
  busyLabel,
  type = 'submit',
  variant = 'primary',
  disabled,
  describedBy,
  onClick,
}: BusyButtonProps) {
  return (
    <button
      type={type}
      className={`button button--${variant}`}
      disabled={busy || disabled}
      aria-busy={busy}
      aria-describedby={describedBy}
      onClick={onClick}
    >
      {busy && <span className="spinner" aria-hidden="true" />}
      {busy ? busyLabel : label}
    </button>
  );
}
