// The forms a user may fill, as short cards: the title, one line of what its filler is told (none when the form tells
// them nothing), and the button.
import type { FormSummary } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import type { Route } from '../routing/route';
import { routeHref } from '../routing/route-href';
import { formCardLine } from './form-card-line';
import './enterprise-home.css';

// Forms with a page of their own: the gate check is filled on the phone-first gate page, which signs and checks first;
// the visit log is a record kept on the visits page, beside the visits already made.
const DEDICATED_PAGES: Record<string, Route> = { 'gate-check': { name: 'gate' }, 'visit-log': { name: 'visits' } };

/** A grid of form cards, each linking to its form page. */
export function FormCards({ forms }: { forms: FormSummary[] }) {
  const { t, pick } = useI18n();
  if (forms.length === 0) return <p className="empty">{t('home.formsEmpty')}</p>;
  return (
    <ul className="cards">
      {forms.map((form) => {
        const title = pick(form.title);
        // The filler's text; an admin's answer also carries the description, which fills in for a form without one.
        const about = form.guidance ?? form.description;
        return (
          <li key={form.key} className="card form-card">
            <h3>{title}</h3>
            {about && <p className="form-card__description form-card__description--short">{formCardLine(pick(about))}</p>}
            <a
              className="button button--primary"
              href={routeHref(DEDICATED_PAGES[form.key] ?? { name: 'form', key: form.key })}
              aria-label={t('home.fillNamed', { title })}
            >
              {t('home.fill')}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
