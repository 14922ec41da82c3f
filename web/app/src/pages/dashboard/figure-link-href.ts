// Where a figure row leads in the app.
import type { FigureRowData } from '../../api/dashboard-api';
import { routeHref } from '../../routing/route-href';

/** The hash of the record a row links to. */
export function figureLinkHref(link: NonNullable<FigureRowData['link']>): string {
  switch (link.kind) {
    case 'submission':
      return routeHref({ name: 'submission', id: link.id });
    case 'enterprise':
      return routeHref({ name: 'enterprise', id: link.id });
    case 'visit':
      return routeHref({ name: 'visits', id: link.id });
  }
}
