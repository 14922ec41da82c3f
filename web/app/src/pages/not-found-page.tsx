// For hashes that name no page, and for pages the user's role may not open.
import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/zh-cn-messages';
import { routeHref } from '../routing/route-href';

/** A short explanation with a way back home; `title` and `reason` are dictionary keys. */
export function NotFoundPage({ title = 'notFound.title', reason = 'notFound.text' }: { title?: MessageKey; reason?: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t(title)}</PageHeading>
      <p>{t(reason)}</p>
      <p>
        <a href={routeHref({ name: 'home' })}>{t('common.backHome')}</a>
      </p>
    </>
  );
}
