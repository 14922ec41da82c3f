// The placeholders an admin may type into the template, each with its sample value; text values can be replaced
// for the preview, to see how long names or odd characters such as <script> come out, and yes/no ones switched, to
// read each branch of the text.
import { useId } from 'react';
import type { LocalizedText } from '#core/domain/locale';
import { useI18n } from '../../i18n/use-i18n';
import { FlagSample } from './flag-sample';
import type { PartProblems } from './part-problems';
import { placeholdersOf } from './placeholders';

/** Props of PlaceholderList. */
export interface PlaceholderListProps {
  sampleData: Record<string, unknown>;
  /** What each variable means, by name. */
  notes?: Record<string, LocalizedText>;
  /** Replaced sample values: texts, and yes or no for the yes/no variables. */
  overrides: Record<string, string | boolean>;
  onOverride: (name: string, value: string | boolean | undefined) => void;
  problems: PartProblems;
}

/** A table of placeholders with editable sample values for the text ones and a 是 / 否 choice for the yes/no ones. */
export function PlaceholderList({ sampleData, notes = {}, overrides, onOverride, problems }: PlaceholderListProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const placeholders = placeholdersOf(sampleData);
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('emailTemplates.placeholders')}</h3>
      <p className="muted">{t('emailTemplates.placeholdersIntro')}</p>
      <div className="table-wrap">
        <table className="table table--stack">
          <caption className="visually-hidden">{t('emailTemplates.placeholders')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('emailTemplates.placeholder')}</th>
              <th scope="col">{t('emailTemplates.sampleValue')}</th>
            </tr>
          </thead>
          <tbody>
            {placeholders.map((placeholder) => {
              const editable = placeholder.kind === 'text' || placeholder.kind === 'time';
              const errors = problems[`data.${placeholder.name}`];
              return (
                <tr key={placeholder.name}>
                  <td data-label={t('emailTemplates.placeholder')}>
                    <code className="break">{placeholder.usage}</code>
                    {notes[placeholder.name] && <p className="muted template-placeholder__note">{notes[placeholder.name]![locale]}</p>}
                    {placeholder.itemFields.length > 0 && (
                      <p className="muted template-placeholder__items">
                        {t('emailTemplates.itemFields')} <code>{placeholder.itemFields.join(' ')}</code>
                      </p>
                    )}
                  </td>
                  <td data-label={t('emailTemplates.sampleValue')}>
                    {placeholder.kind === 'flag' ? (
                      <FlagSample
                        name={placeholder.name}
                        value={String(overrides[placeholder.name] ?? placeholder.sample) === 'true'}
                        errors={errors}
                        onChange={(value) => onOverride(placeholder.name, String(value) === placeholder.sample ? undefined : value)}
                      />
                    ) : editable ? (
                      <>
                        <input
                          className="form-control"
                          value={String(overrides[placeholder.name] ?? placeholder.sample)}
                          aria-label={t('emailTemplates.sampleValueFor', { name: placeholder.name })}
                          aria-invalid={errors ? true : undefined}
                          onChange={(event) =>
                            onOverride(placeholder.name, event.target.value === placeholder.sample ? undefined : event.target.value)
                          }
                        />
                        {errors && <p className="field__error">{errors.join(' ')}</p>}
                      </>
                    ) : (
                      <span>
                        {placeholder.kind === 'list' ? t('emailTemplates.listSample', { count: placeholder.sample }) : placeholder.sample}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t('emailTemplates.helpers')} <code>if unless each with lookup datetime localdate</code>
      </p>
    </section>
  );
}
