// Where a figure row leads, as the web app's hash address (the same paths routing/route-href.ts writes).
import type { FigureLink } from '#core/dashboard/figure-group';

/** The app's hash path of a linked record, e.g. `#/submissions/…`. */
export function figureLinkHash(link: FigureLink): string {
  switch (link.kind) {
    case 'submission':
      return `#/submissions/${encodeURIComponent(link.id)}`;
    case 'enterprise':
      return `#/enterprises/${link.id}`;
    case 'visit':
      return `#/visits/${link.id}`;
  }
}
