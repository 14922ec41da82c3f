// A section whose heading is a button that shows or hides the rest (the WAI-ARIA disclosure pattern): the heading
// stays in the page's outline, the button says whether the section is open, and a closed section renders nothing,
// so charts and long tables cost nothing until someone opens them.
import { useState, type ReactNode } from 'react';
import { Icon } from './icon';

/** Props of Disclosure. */
export interface DisclosureProps {
  /** Unique in the page: the heading and the body derive their ids from it. */
  id: string;
  heading: ReactNode;
  level: 2 | 3;
  defaultOpen?: boolean;
  /** Shown beside the heading whether open or not (for example a count). */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A collapsible section. */
export function Disclosure({ id, heading, level, defaultOpen = true, aside, className, children }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`disclosure${open ? ' is-open' : ''}${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-heading`}>
      <div className="disclosure__head">
        <Heading id={`${id}-heading`} className="disclosure__heading">
          <button
            type="button"
            className="disclosure__button"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            onClick={() => setOpen(!open)}
          >
            <Icon name="chevron" className="disclosure__chevron" />
            {heading}
          </button>
        </Heading>
        {aside}
      </div>
      <div id={`${id}-body`} className="disclosure__body" hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
