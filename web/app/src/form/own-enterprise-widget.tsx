// The rjsf widget of a credit-code field for a nominator (with-enterprise-picker.ts): the code's own input, and beside it
// the enterprises the user may name, by name — choosing one fills its unified social credit code. A cadre gets its own
// enterprises in one short list; a working-group member, HQ or an admin, who may name any enterprise, first types part
// of the name. The list is GET /api/enterprise-names (names and codes only, scoped by the server as the submission is);
// without it only the input shows.
import type { WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { orgApi } from '../api/org-api';
import type { EnterpriseName } from '../api/org-types';
import { MAX_PAGE } from '../api/paging';
import { queryKeys } from '../api/query-keys';
import { useApiData } from '../hooks/use-api-data';
import { useI18n } from '../i18n/use-i18n';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';
import type { PickerOptions } from './with-enterprise-picker';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

// A city-wide list shows this many names at a time; typing part of a name finds the others.
const SHOWN = 100;

/** `value`, once it has stayed the same for `ms`: one request per pause in typing, not one per keystroke. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The code input, then a choice of the enterprises the user may name that fills it. */
export function OwnEnterpriseWidget(props: WidgetProps) {
  const { id, value, onChange, disabled, readonly, registry, options } = props;
  const { t } = useI18n();
  const searchable = (options as Partial<PickerOptions>).pickFrom === 'scope';
  const [filter, setFilter] = useState('');
  const q = useSettled(searchable ? filter.trim() : '', 300);
  const limit = searchable ? SHOWN : MAX_PAGE;
  const { data } = useApiData((signal) => orgApi.enterpriseNames(q, signal, { limit }), [q, limit], queryKeys.enterpriseNames);
  // The one last picked stays offered while another filter is typed.
  const [picked, setPicked] = useState<EnterpriseName | null>(null);
  const found = data?.enterprises ?? [];
  const enterprises = picked && !found.some((e) => e.creditCode === picked.creditCode) ? [picked, ...found] : found;
  const TextWidget = registry.widgets.TextWidget!;
  const chosen = enterprises.find((enterprise) => enterprise.creditCode === value);
  const pickId = `${id}__enterprise`;
  const unlisted = (data?.page.total ?? 0) - found.length;
  // Nothing to pick from at all (no enterprise in scope, or not loaded yet): the input alone.
  const offered = data !== undefined && (found.length > 0 || q !== '' || picked !== null);
  return (
    <div className="enterprise-picker">
      <TextWidget {...props} />
      {offered && (
        <div className="enterprise-picker__choice">
          <label htmlFor={pickId}>{t(searchable ? 'form.pickAnyEnterprise' : 'form.pickEnterprise')}</label>
          {searchable && (
            <input
              type="search"
              className="form-control enterprise-picker__filter"
              aria-label={t('form.findEnterprise')}
              placeholder={t('form.findEnterprisePlaceholder')}
              value={filter}
              disabled={disabled || readonly}
              onChange={(event) => setFilter(event.target.value)}
            />
          )}
          <select
            id={pickId}
            className="form-control"
            value={chosen?.creditCode ?? ''}
            disabled={disabled || readonly}
            onChange={(event) => {
              setPicked(enterprises.find((enterprise) => enterprise.creditCode === event.target.value) ?? null);
              onChange(event.target.value || undefined);
            }}
          >
            <option value="">{t('form.pickEnterpriseNone')}</option>
            {enterprises.map((enterprise) => (
              <option key={enterprise.creditCode} value={enterprise.creditCode}>
                {enterprise.name}
              </option>
            ))}
          </select>
          {searchable && (
            <p className="field__hint" aria-live="polite">
              {found.length === 0
                ? t('form.noEnterpriseNamed', { q })
                : unlisted > 0
                  ? t('form.moreEnterprises', { count: unlisted })
                  : t('form.enterprisesFound', { count: found.length })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
