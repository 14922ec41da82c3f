// The fields in filling order, sections and groups with their fields under them. A field is reordered by dragging
// its row, or from the keyboard: focus its handle and press the up or down arrow; each move is announced.
import { useEffect, useId, useRef, type DragEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import type { BuilderField } from './field-model';

/** Props of FieldList. */
export interface FieldListProps {
  fields: readonly BuilderField[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRemove: (field: BuilderField) => void;
  /** Moves the field to `to` among its siblings and says so (the announcement is the caller's). */
  onMove: (field: BuilderField, to: number, count: number) => void;
}

/** A field's title as the list shows it. */
export function useFieldLabel() {
  const { t, locale } = useI18n();
  return (field: BuilderField) => (locale === 'en' ? field.title.en : '') || field.title['zh-CN'] || t('builder.untitled');
}

/** The list of fields (one level; sections list theirs inside). */
export function FieldList({ fields, selectedId, onSelect, onRemove, onMove }: FieldListProps) {
  const { t } = useI18n();
  const hintId = useId();
  const label = useFieldLabel();
  const dragged = useRef<string | null>(null);
  const refocus = useRef<string | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  // The moved row's handle keeps the focus, so the arrows can be pressed again.
  useEffect(() => {
    if (refocus.current) handles.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  const keyMove = (event: KeyboardEvent, field: BuilderField, index: number) => {
    const to = event.key === 'ArrowUp' ? index - 1 : event.key === 'ArrowDown' ? index + 1 : -1;
    if (to < 0 || to >= fields.length || !['ArrowUp', 'ArrowDown'].includes(event.key)) return;
    event.preventDefault();
    refocus.current = field.id;
    onMove(field, to, fields.length);
  };
  const drop = (event: DragEvent, index: number) => {
    const field = fields.find((f) => f.id === dragged.current);
    dragged.current = null;
    if (!field) return;
    event.preventDefault();
    onMove(field, index, fields.length);
  };

  return (
    <>
      <p id={hintId} hidden>
        {t('builder.moveHint')}
      </p>
      <ol className="builder-list">
        {fields.map((field, index) => (
          <li
            key={field.id}
            className={`builder-row${field.id === selectedId ? ' builder-row--selected' : ''}`}
            draggable
            onDragStart={(event) => {
              event.stopPropagation();
              dragged.current = field.id;
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', field.name);
            }}
            onDragOver={(event) => {
              if (fields.some((f) => f.id === dragged.current)) event.preventDefault();
            }}
            onDrop={(event) => drop(event, index)}
          >
            <div className="builder-row__line">
              <button
                type="button"
                className="builder-row__handle"
                ref={(element) => {
                  if (element) handles.current.set(field.id, element);
                  else handles.current.delete(field.id);
                }}
                aria-label={t('builder.moveHandle', { title: label(field) })}
                aria-describedby={hintId}
                onKeyDown={(event) => keyMove(event, field, index)}
              >
                <span aria-hidden="true">⋮⋮</span>
              </button>
              <button
                type="button"
                className="builder-row__title link-button"
                aria-pressed={field.id === selectedId}
                onClick={() => onSelect(field.id)}
              >
                <span data-user-data>{label(field)}</span>
              </button>
              <span className="builder-row__kind muted">{t(`builder.kind.${field.kind}`)}</span>
              {field.required && <span className="badge">{t('builder.required')}</span>}
              {field.personal && <span className="badge badge--personal">{t('builder.personalBadge')}</span>}
              {field.condition && <span className="badge">{t('builder.conditionalBadge')}</span>}
              <button type="button" className="button button--quiet builder-row__remove" onClick={() => onRemove(field)}>
                {t('builder.remove')}
                <span className="visually-hidden" data-user-data>
                  {' '}
                  {label(field)}
                </span>
              </button>
            </div>
            {field.children.length > 0 && (
              <FieldList fields={field.children} selectedId={selectedId} onSelect={onSelect} onRemove={onRemove} onMove={onMove} />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
