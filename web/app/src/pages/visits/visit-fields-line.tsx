// A visit's fields in one table cell ("走访对象：项目经理；征求意见（条）：2"), by their titles as the server presented
// and masked them, with the reader's punctuation; each label and value its own element, nested ones in brackets.
import { Fragment } from 'react';
import type { Shown, ShownField } from '#forms/present/present-value';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation, type Punctuation } from '../../i18n/punctuation';

function ShownValue({ value, marks }: { value: Shown; marks: Punctuation }) {
  if (value.kind !== 'fields' && value.kind !== 'items') return <span>{value.text}</span>;
  return (
    <>
      {marks.open}
      <FieldsLine fields={value.kind === 'fields' ? value.fields : value.items} marks={marks} />
      {marks.close}
    </>
  );
}

function FieldsLine({ fields, marks }: { fields: readonly ShownField[]; marks: Punctuation }) {
  return (
    <>
      {fields.map((field, index) => (
        <Fragment key={field.key}>
          {index > 0 && marks.semicolon}
          <span className="visit-field__label">{field.label}</span>
          {marks.colon}
          <ShownValue value={field.value} marks={marks} />
        </Fragment>
      ))}
    </>
  );
}

/** The fields of one visit on a line. */
export function VisitFieldsLine({ fields }: { fields: readonly ShownField[] }) {
  const { locale } = useI18n();
  return <FieldsLine fields={fields} marks={punctuation(locale)} />;
}
