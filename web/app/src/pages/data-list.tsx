// A submission's data or result as a description list, labelled by the form's titles where known.
import type { RJSFSchema } from '@rjsf/utils';
import { choiceTitle, fieldSchema, fieldTitle } from '../form/field-title';
import { flattenData, type FlatField } from '../form/flatten-data';
import { formatDateTime } from '../format/format-date-time';
import { isMessageKey } from '../i18n/is-message-key';
import { useI18n } from '../i18n/use-i18n';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Props of DataList: labels come from `schema` titles, else from `field.<name>` dictionary entries. */
export interface DataListProps {
  data: Record<string, unknown>;
  schema?: RJSFSchema;
}

/** The fields of a record, one term and value each. */
export function DataList({ data, schema }: DataListProps) {
  const { t, locale } = useI18n();
  const label = (field: FlatField) => {
    const last = field.segments.at(-1) ?? '';
    const key = `field.${last}`;
    if (!schema && field.segments.length === 1 && isMessageKey(key)) return t(key);
    return fieldTitle(schema, field.segments);
  };
  const show = ({ segments, value }: FlatField) => {
    if (value === null || value === '') return <span className="muted">{t('common.blank')}</span>;
    const chosen = choiceTitle(fieldSchema(schema, segments), value);
    if (chosen !== undefined) return chosen;
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string' && ISO_TIME.test(value)) return formatDateTime(value, locale);
    return String(value);
  };
  return (
    <dl className="data-list">
      {flattenData(data).map((field) => (
        <div key={field.segments.join('/')} className="data-list__row">
          <dt>{label(field)}</dt>
          <dd>{show(field)}</dd>
        </div>
      ))}
    </dl>
  );
}
