// Administrators set the campaign's parameters, route each difficulty category to a working group, and keep the
// inspection bodies of the readiness inspection and their members.
import { adminApi } from '../../api/admin-api';
import { orgApi } from '../../api/org-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { CategoryRoutingForm } from './category-routing-form';
import { InspectionBodiesForm } from './inspection-bodies-form';
import { ContactsSettingsForm } from './contacts-settings-form';
import { SettingsForm } from './settings-form';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

/** The settings page. */
export function SettingsPage() {
  const { t } = useI18n();
  const settings = useApiData((signal) => adminApi.settings(signal), [], queryKeys.settings);
  const routing = useApiData(
    (signal) => Promise.all([orgApi.categories(signal), orgApi.workingGroups(signal)]),
    [],
    queryKeys.routingContext,
  );
  const [categories, groups] = routing.data ?? [];
  const members = useApiData((signal) => adminApi.users('special_class', signal), ['special_class'], queryKeys.users);
  const changed = useChanged();

  return (
    <>
      <PageHeading>{t('nav.settings')}</PageHeading>
      <p className="muted">{t('settings.intro')}</p>
      <section className="card section" aria-labelledby="settings-general">
        <h2 id="settings-general">{t('settings.general')}</h2>
        {settings.error !== null && <ErrorNotice error={settings.error} onRetry={settings.reload} />}
        {settings.loading && !settings.data && <LoadingIndicator />}
        {settings.data && <SettingsForm settings={settings.data.settings} onSaved={() => void changed('settings')} />}
      </section>
      <section className="card section" aria-labelledby="settings-contacts">
        <h2 id="settings-contacts">{t('settings.contacts')}</h2>
        <p className="muted">{t('settings.contactsIntro', { max: 10 })}</p>
        {settings.data && <ContactsSettingsForm settings={settings.data.settings} onSaved={() => void changed('settings')} />}
      </section>
      <section className="card section" aria-labelledby="settings-routing">
        <h2 id="settings-routing">{t('settings.routing')}</h2>
        <p className="muted">{t('settings.routingIntro')}</p>
        {routing.error !== null && <ErrorNotice error={routing.error} onRetry={routing.reload} />}
        {routing.loading && !routing.data && <LoadingIndicator />}
        {categories && groups && (
          <CategoryRoutingForm
            categories={categories.categories}
            workingGroups={groups.workingGroups}
            onSaved={() => void changed('categories')}
          />
        )}
      </section>
      <section className="card section" aria-labelledby="settings-inspection">
        <h2 id="settings-inspection">{t('inspection.title')}</h2>
        <p className="muted">{t('inspection.intro')}</p>
        {members.error !== null && <ErrorNotice error={members.error} onRetry={members.reload} />}
        {(routing.loading || members.loading) && !(groups && members.data) && <LoadingIndicator />}
        {groups && members.data && (
          <InspectionBodiesForm
            units={groups.workingGroups}
            members={members.data.users}
            onSaved={() => {
              void changed('working-groups', 'users');
            }}
          />
        )}
      </section>
    </>
  );
}
