// Loads a form definition and hosts one fill of it; a lazily loaded chunk (rjsf and AJV live here).
import type { User } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { pickFromFor } from '../form/with-enterprise-picker';
import { FormFill } from './form-fill';

/** The page for filling in the form with `formKey` as `role`. */
export function FormPage({ formKey, role }: { formKey: string; role: User['role'] }) {
  const { t, pick } = useI18n();
  const { data, error, loading, reload } = useApiData((signal) => fugongApi.form(formKey, signal), [formKey], queryKeys.form);
  if (loading && !data) return <LoadingIndicator />;
  if (!data) {
    return (
      <>
        <ErrorNotice error={error} onRetry={reload} />
        <p>
          <a href={routeHref({ name: 'home' })}>{t('common.backHome')}</a>
        </p>
      </>
    );
  }
  const { form } = data;
  return (
    <>
      <p className="breadcrumb">
        <a href={routeHref({ name: 'home' })}>{t('common.backHome')}</a>
      </p>
      <PageHeading>{pick(form.title)}</PageHeading>
      {/* Which version is open matters to the administrator trying a form out, not to the one filling it in. */}
      {role === 'admin' && <p className="muted">{t('form.version', { version: form.version })}</p>}
      {form.guidance ? (
        <p className="lead">{pick(form.guidance)}</p>
      ) : (
        // The description is the administrators' own text: the one filling the form is told nothing rather than that.
        role === 'admin' && <p className="muted">{t('form.noGuidance')}</p>
      )}
      <section className="card">
        <FormFill key={`${form.key}@${form.version}`} form={form} pickFrom={pickFromFor(role)} />
      </section>
    </>
  );
}
