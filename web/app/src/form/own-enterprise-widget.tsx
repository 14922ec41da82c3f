// The rjsf widget of a credit-code field for a cadre (with-enterprise-picker.ts): the code's own input, and beside it
// the cadre's enterprises by name — choosing one fills its unified social credit code. The list is what GET
// /api/enterprises gives this user (a cadre's own enterprises, scoped by the server); without it only the input shows.
import type { WidgetProps } from '@rjsf/utils';
import { orgApi } from '../api/org-api';
import { queryKeys } from '../api/query-keys';
import { useApiData } from '../hooks/use-api-data';
import { useI18n } from '../i18n/use-i18n';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** The code input, then a choice of the user's enterprises that fills it. */
export function OwnEnterpriseWidget(props: WidgetProps) {
  const { id, value, onChange, disabled, readonly, registry } = props;
  const { t } = useI18n();
  // The same read (and cache entry) as the inbox's enterprise filter.
  const { data } = useApiData((signal) => orgApi.enterprises('', signal), [''], queryKeys.enterprises);
  const enterprises = data?.enterprises ?? [];
  const TextWidget = registry.widgets.TextWidget!;
  const chosen = enterprises.find((enterprise) => enterprise.creditCode === value);
  const pickId = `${id}__enterprise`;
  return (
    <div className="enterprise-picker">
      <TextWidget {...props} />
      {enterprises.length > 0 && (
        <div className="enterprise-picker__choice">
          <label htmlFor={pickId}>{t('form.pickEnterprise')}</label>
          <select
            id={pickId}
            className="form-control"
            value={chosen?.creditCode ?? ''}
            disabled={disabled || readonly}
            onChange={(event) => onChange(event.target.value || undefined)}
          >
            <option value="">{t('form.pickEnterpriseNone')}</option>
            {enterprises.map((enterprise) => (
              <option key={enterprise.id} value={enterprise.creditCode}>
                {enterprise.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
