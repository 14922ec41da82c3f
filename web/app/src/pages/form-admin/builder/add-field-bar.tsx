// Picking a kind of field and adding it, at the end of the form or of a section or group.
import { useState } from 'react';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../i18n/use-i18n';
import { FIELD_KINDS, type FieldKind } from './field-model';

/** The kinds an admin adds; `other` only ever comes from the JSON view. */
export const ADDABLE_KINDS = FIELD_KINDS.filter((kind) => kind !== 'other');

/** Props of AddFieldBar. */
export interface AddFieldBarProps {
  onAdd: (kind: FieldKind) => void;
  label: string;
}

/** A kind select and an add button. */
export function AddFieldBar({ onAdd, label }: AddFieldBarProps) {
  const { t } = useI18n();
  const [kind, setKind] = useState<FieldKind>('text');
  return (
    <div className="builder-add">
      <SelectField
        label={t('builder.addKind')}
        value={kind}
        options={ADDABLE_KINDS.map((value) => ({ value, label: t(`builder.kind.${value}`) }))}
        onChange={(value) => setKind(value as FieldKind)}
      />
      <button type="button" className="button" onClick={() => onAdd(kind)}>
        {label}
      </button>
    </div>
  );
}
