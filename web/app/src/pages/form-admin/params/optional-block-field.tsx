// An optional part of the params (publicity, effects, an urgent field, an overdue alert, rework…): while absent it is
// one "添加公示" button rather than its required-looking fields; once there, rjsf's own object field draws it, with a
// "移除此项" button that takes the whole part out of the params, so a half-filled part is never a dead end.
import type { FieldProps } from '@rjsf/utils';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';

function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'object' && Object.keys(value).length === 0);
}

/** The optional block: an add button while absent, the block and its remove button once added. */
export function OptionalBlockField(props: FieldProps) {
  const { fieldPathId, formData, onChange, disabled, readonly, schema, registry } = props;
  const { t, locale } = useI18n();
  const [opened, setOpened] = useState(false);
  const title = typeof schema.title === 'string' ? schema.title : fieldPathId.path.join(' › ');
  // "Add publicity": an English title read inside a sentence, unless it starts with an abbreviation ("HQ referral…").
  const inSentence = locale === 'en' && /^[A-Z][a-z]/.test(title) ? `${title[0]!.toLowerCase()}${title.slice(1)}` : title;
  if (!opened && !present(formData)) {
    return (
      <div className="optional-block optional-block--absent" id={fieldPathId.$id}>
        <button type="button" className="button button--quiet" disabled={disabled || readonly} onClick={() => setOpened(true)}>
          {t('params.block.add', { title: inSentence })}
        </button>
        {schema.description && <p className="field__hint">{schema.description}</p>}
      </div>
    );
  }
  const ObjectField = registry.fields.ObjectField!;
  return (
    <div className="optional-block">
      <ObjectField {...props} />
      <button
        type="button"
        className="button button--quiet optional-block__remove"
        disabled={disabled || readonly}
        onClick={() => {
          setOpened(false);
          onChange(undefined, fieldPathId.path);
        }}
      >
        {t('params.block.remove')}
        <span className="visually-hidden">{t('params.block.removeWhich', { title })}</span>
      </button>
    </div>
  );
}
