// A wide table's box that scrolls sideways when its columns do not fit, and says so: while it overflows, a line above
// it tells the reader to scroll (or use the arrow keys), and a shade on its right edge marks columns still out of
// sight. Without them the last columns were cut off at the box's edge with nothing to show that more followed.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** Props of `SideScroll`. */
export interface SideScrollProps {
  /** The region's accessible name (what the table is). */
  label: string;
  /** Classes of the scrolling box. */
  className?: string;
  children: ReactNode;
}

interface Fit {
  overflows: boolean;
  moreRight: boolean;
}

const measure = (box: HTMLElement): Fit => ({
  overflows: box.scrollWidth > box.clientWidth + 1,
  moreRight: box.scrollLeft + box.clientWidth < box.scrollWidth - 1,
});

/** A sideways-scrolling region with a visible cue while its content is wider than it. */
export function SideScroll({ label, className, children }: SideScrollProps) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [fit, setFit] = useState<Fit>({ overflows: false, moreRight: false });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      const next = measure(element);
      setFit((last) => (last.overflows === next.overflows && last.moreRight === next.moreRight ? last : next));
    };
    update();
    // The content's width changes with the language and the rows; the box's with the window.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.querySelectorAll('table')) observer.observe(child);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, []);

  return (
    <>
      {fit.overflows && (
        <p className="hint side-scroll__hint" id={hintId}>
          {t('sideScroll.hint')}
        </p>
      )}
      <div className={`side-scroll${fit.moreRight ? ' side-scroll--more' : ''}`}>
        <div
          ref={box}
          className={`side-scroll__box${className ? ` ${className}` : ''}`}
          role="region"
          aria-label={label}
          aria-describedby={fit.overflows ? hintId : undefined}
          tabIndex={0}
        >
          {children}
        </div>
      </div>
    </>
  );
}
