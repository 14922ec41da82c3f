// A modal confirmation on the native <dialog>: the browser traps focus, Escape cancels, focus returns afterwards.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { BusyButton } from './busy-button';
import { useI18n } from '../i18n/use-i18n';
import './confirm-dialog.css';

/** Props of ConfirmDialog. */
export interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A dialog shown modally while mounted. */
export function ConfirmDialog({ title, confirmLabel, busyLabel, busy, danger, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div className="form-actions">
        <BusyButton
          type="button"
          busy={busy}
          label={confirmLabel}
          busyLabel={busyLabel}
          variant={danger ? 'danger' : 'primary'}
          onClick={onConfirm}
        />
        <button type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
