// Each page's <h1> takes focus when the page appears, so keyboard and screen-reader users start at the top.
import { useEffect, useRef, type ReactNode } from 'react';

/** The page title, focused on mount. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
