// A submission's data or a decision's data as a description list, through the form definition it was made with (the
// one presenter, forms/present/present-value.ts): titles, choice titles, dates, numbers, files, nested values.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { useMemo } from 'react';
import { presentRecord } from '#forms/present/present-value';
import { ValueView } from '../form/value-view';
import { isMessageKey } from '../i18n/is-message-key';
import { useI18n } from '../i18n/use-i18n';

/** Props of DataList: labels come from `schema` titles, else from the glossary and `field.<name>` dictionary entries. */
export interface DataListProps {
  data: Record<string, unknown>;
  schema?: RJSFSchema | null;
  /** The form's uiSchema: the fields come in its `ui:order`, as the form showed them. */
  uiSchema?: UiSchema | null;
  /** Names of uploaded files by reference (`upload:<id>`), as the server gives them. */
  files?: Record<string, { fileName: string }>;
}

/** The fields of a record, one term and value each. */
export function DataList({ data, schema, uiSchema, files }: DataListProps) {
  const { t, locale } = useI18n();
  const fields = useMemo(
    () =>
      presentRecord(schema ?? undefined, data, {
        locale,
        files,
        uiSchema: uiSchema ?? undefined,
        label: (key) => {
          const entry = `field.${key}`;
          return isMessageKey(entry) ? t(entry) : undefined;
        },
      }),
    [schema, uiSchema, data, locale, files, t],
  );
  if (fields.length === 0) return <p className="muted">{t('common.blank')}</p>;
  return <ValueView fields={fields} />;
}
