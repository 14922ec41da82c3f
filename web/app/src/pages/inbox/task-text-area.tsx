// A labelled multi-line text field (comments, reasons) with its hint and error tied to it.
import { FieldFrame } from '../../components/field-frame';

/** Props of TaskTextArea. */
export interface TaskTextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  disabled?: boolean;
}

/** A textarea with label, hint and error. */
export function TaskTextArea({ label, value, onChange, hint, error, required, maxLength, disabled }: TaskTextAreaProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className="task-field">
      {(control) => (
        <textarea
          {...control}
          rows={3}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          maxLength={maxLength}
          disabled={disabled}
        />
      )}
    </FieldFrame>
  );
}
