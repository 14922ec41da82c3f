// The visual form builder: the list of fields (add, reorder by drag or keyboard, remove) and the settings of the
// selected one. It edits the same texts as the JSON view (use-builder-form.ts), so either view can be used at any time.
import { useState } from 'react';
import { addZhCnMessages } from '../../../i18n/loaded-dictionaries';
import { formBuilderZhCn } from '../../../i18n/messages/form-builder-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { AddFieldBar } from './add-field-bar';
import { FieldEditor } from './field-editor';
import { FieldList, useFieldLabel } from './field-list';
import type { BuilderField, FieldKind } from './field-model';
import { addField, findField, moveField, removeField, siblingsOf, updateField } from './field-tree';
import { newField } from './new-field';
import { useBuilderForm, type BuilderTexts } from './use-builder-form';
import './form-builder.css';

addZhCnMessages(formBuilderZhCn);

/** Props of FormBuilder. */
export interface FormBuilderProps {
  texts: BuilderTexts;
  onTexts: (texts: BuilderTexts) => void;
}

const CONDITION_SOURCES: readonly FieldKind[] = ['choice', 'yesNo'];

// Kept as what happened rather than as text, so it reads in the language the admin switches to.
interface Announcement {
  key: 'builder.added' | 'builder.removed' | 'builder.moved';
  field: BuilderField;
  position?: number;
  count?: number;
}

/** The builder for the schema, uiSchema and English texts of one definition. */
export function FormBuilder({ texts, onTexts }: FormBuilderProps) {
  const { t } = useI18n();
  const label = useFieldLabel();
  const { form, change, pending } = useBuilderForm(texts, onTexts);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  if (!form) {
    return (
      <p className="notice notice--error" role="alert">
        {t('builder.brokenJson')}
      </p>
    );
  }
  const setFields = (fields: BuilderField[]) => change({ ...form, fields });
  const selected = selectedId ? findField(form.fields, selectedId) : undefined;
  const topLevel = selected ? form.fields.some((field) => field.id === selected.id) : false;

  const add = (kind: FieldKind, parentId: string | null) => {
    const siblings = parentId ? (findField(form.fields, parentId)?.children ?? []) : form.fields;
    const field = newField(
      kind,
      siblings.map((f) => f.name),
    );
    setFields(addField(form.fields, field, parentId));
    setSelectedId(field.id);
    setAnnouncement({ key: 'builder.added', field });
  };
  const remove = (field: BuilderField) => {
    setFields(removeField(form.fields, field.id));
    if (selectedId && (selectedId === field.id || findField(field.children, selectedId))) setSelectedId(null);
    setAnnouncement({ key: 'builder.removed', field });
  };
  const move = (field: BuilderField, to: number, count: number) => {
    setFields(moveField(form.fields, field.id, to));
    setAnnouncement({ key: 'builder.moved', field, position: to + 1, count });
  };

  return (
    <div className="builder">
      <p className="muted">{t('builder.intro')}</p>
      {pending && (
        <p className="notice notice--error" role="alert">
          {t('builder.namesPending')}
        </p>
      )}
      <div className="builder-layout">
        <div className="builder-layout__list">
          <h3>{t('builder.fieldList')}</h3>
          {form.fields.length ? (
            <FieldList fields={form.fields} selectedId={selectedId} onSelect={setSelectedId} onRemove={remove} onMove={move} />
          ) : (
            <p className="empty">{t('builder.empty')}</p>
          )}
          <AddFieldBar label={t('builder.add')} onAdd={(kind) => add(kind, null)} />
        </div>
        {selected && (
          <section className="builder-layout__editor" aria-labelledby="builder-editor-title">
            <h3 id="builder-editor-title">
              {t('builder.fieldEditor', { title: '' })}
              <span data-user-data>{label(selected)}</span>
            </h3>
            <FieldEditor
              key={selected.id}
              field={selected}
              siblingNames={(siblingsOf(form.fields, selected.id) ?? []).filter((f) => f.id !== selected.id).map((f) => f.name)}
              conditionSources={topLevel ? form.fields.filter((f) => f.id !== selected.id && CONDITION_SOURCES.includes(f.kind)) : null}
              onChange={(next) => setFields(updateField(form.fields, selected.id, next))}
              onAddChild={(kind) => add(kind, selected.id)}
            />
          </section>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement &&
          t(announcement.key, {
            title: label(announcement.field),
            kind: t(`builder.kind.${announcement.field.kind}`),
            position: announcement.position ?? 0,
            count: announcement.count ?? 0,
          })}
      </p>
    </div>
  );
}
