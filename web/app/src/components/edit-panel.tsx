// A card holding a create or edit form; its heading takes focus when it opens so keyboard users land in it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './form-controls.css';

/** A titled section that scrolls into view and focuses its heading on mount. */
export function EditPanel({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="card section edit-panel" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
