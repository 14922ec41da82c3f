// Confirms that something was saved; a polite live region, so it is announced without stealing focus.
import './form-controls.css';

/** A green notice with `message`, or an empty live region when there is nothing to say. */
export function SuccessNotice({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message && <p className="notice notice--ok">{message}</p>}
    </div>
  );
}
