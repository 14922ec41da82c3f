// A wide table's box that scrolls sideways when its columns do not fit, and says so: while it overflows, a line above
// it tells the reader which side holds columns out of sight and to scroll (or use the arrow keys), and a shade on each
// such edge marks them. Without them the last columns were cut off at the box's edge with nothing to show that more
// followed; a box opened scrolled to its end (the compliance grid opens on today) hid its first columns the same way.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** Which edges have columns past them. */
export type HiddenSide = 'left' | 'right' | 'both';

/** Props of `SideScroll`. */
export interface SideScrollProps {
  /** The region's accessible name (what the table is). */
  label: string;
  /** Classes of the scrolling box. */
  className?: string;
  /** The scrolling box, for a caller that scrolls it itself. */
  boxRef?: RefObject<HTMLDivElement | null>;
  /** The line above the box for each side with columns out of sight (columns in general when left out). */
  hint?: (side: HiddenSide) => string;
  children: ReactNode;
}

interface Fit {
  moreLeft: boolean;
  moreRight: boolean;
}

const measure = (box: HTMLElement): Fit => ({
  moreLeft: box.scrollLeft > 1,
  moreRight: box.scrollLeft + box.clientWidth < box.scrollWidth - 1,
});

const sideOf = ({ moreLeft, moreRight }: Fit): HiddenSide | null =>
  moreLeft && moreRight ? 'both' : moreLeft ? 'left' : moreRight ? 'right' : null;

/** A sideways-scrolling region with a visible cue while its content is wider than it. */
export function SideScroll({ label, className, boxRef, hint, children }: SideScrollProps) {
  const { t } = useI18n();
  const own = useRef<HTMLDivElement>(null);
  const box = boxRef ?? own;
  const hintId = useId();
  const [fit, setFit] = useState<Fit>({ moreLeft: false, moreRight: false });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      const next = measure(element);
      setFit((last) => (last.moreLeft === next.moreLeft && last.moreRight === next.moreRight ? last : next));
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
  }, [box]);

  const side = sideOf(fit);
  const classes = ['side-scroll', fit.moreLeft && 'side-scroll--more-left', fit.moreRight && 'side-scroll--more'];
  return (
    <>
      {side && (
        <p className="hint side-scroll__hint" id={hintId}>
          {hint ? hint(side) : t(`sideScroll.hint.${side}`)}
        </p>
      )}
      <div className={classes.filter(Boolean).join(' ')}>
        <div
          ref={box}
          className={`side-scroll__box${className ? ` ${className}` : ''}`}
          role="region"
          aria-label={label}
          aria-describedby={side ? hintId : undefined}
          tabIndex={0}
        >
          {children}
        </div>
      </div>
    </>
  );
}
