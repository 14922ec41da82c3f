// Small inline SVG icons. The shipped fonts lack some symbol glyphs (⏱ rendered as an empty box), so icons are drawn,
// never typed: no icon font, nothing fetched. Icons are decoration; the text beside them says what they mean.

/** The icons there are. */
export type IconName = 'check' | 'clock' | 'cross' | 'dots' | 'dash' | 'menu' | 'close' | 'chevron';

// 24×24 strokes (round caps), drawn in the current text colour.
const PATHS: Record<IconName, string> = {
  check: 'M5 12.5l4.5 4.5L19 7.5',
  clock: 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM12 9v4l2.5 2.5M10 2.5h4',
  cross: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  dots: 'M6 12h.01M12 12h.01M18 12h.01',
  dash: 'M6 12h12',
  menu: 'M4 7h16M4 12h16M4 17h16',
  close: 'M6 6l12 12M18 6L6 18',
  chevron: 'M9 6l6 6-6 6',
};

/** An icon at the size of the text around it, hidden from assistive technology. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === 'dots' ? 3.5 : 2.25}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
