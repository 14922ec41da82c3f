// Who acts on a rung, as one choice: the enterprise's assigned cadre, the working group its category maps to, a named
// working group, an inspection body (P2), or everyone in a role (HQ). Written back in the params' own shape (a keyword,
// `{ role, workingGroupKey }` or `{ body }`).
import type { FieldProps } from '@rjsf/utils';
import { ROLE_NAMES } from '#core/domain/glossary';
import { useI18n } from '../../../i18n/use-i18n';
import { orgUnitChoices } from './org-unit-choices';

type Actor = string | { role: string; workingGroupKey?: string } | { body: string };

function encode(actor: Actor | undefined): string {
  if (actor === undefined) return '';
  if (typeof actor === 'string') return actor;
  if ('body' in actor) return `body:${actor.body}`;
  return actor.workingGroupKey ? `group:${actor.workingGroupKey}` : `role:${actor.role}`;
}

function decode(choice: string): Actor | undefined {
  if (choice === '') return undefined;
  if (choice.startsWith('body:')) return { body: choice.slice('body:'.length) };
  if (choice.startsWith('group:')) return { role: 'special_class', workingGroupKey: choice.slice('group:'.length) };
  if (choice.startsWith('role:')) return { role: choice.slice('role:'.length) };
  return choice;
}

/** The actor select of a rung. */
export function ActorField({ fieldPathId, formData, onChange, disabled, readonly, schema, rawErrors }: FieldProps) {
  const { t, locale } = useI18n();
  const { groups, bodies } = orgUnitChoices(locale);
  const value = encode(formData as Actor | undefined);
  const options: [string, string][] = [
    ['cadre-of-enterprise', t('params.actor.cadre')],
    ['group-of-category', t('params.actor.groupOfCategory')],
    ...groups.map((group): [string, string] => [`group:${group.key}`, group.name]),
    ...bodies.map((body): [string, string] => [`body:${body.key}`, body.name]),
    ...(['hq', 'special_class', 'admin'] as const).map((role): [string, string] => [`role:${role}`, ROLE_NAMES[role][locale]]),
  ];
  if (value && !options.some(([choice]) => choice === value)) options.push([value, value]);
  return (
    <div className="field">
      <label htmlFor={fieldPathId.$id}>{schema.title ?? t('params.actor.label')}</label>
      <select
        id={fieldPathId.$id}
        value={value}
        disabled={disabled || readonly}
        aria-invalid={rawErrors?.length ? true : undefined}
        onChange={(event) => onChange(decode(event.target.value), fieldPathId.path)}
      >
        {value === '' && <option value="">{t('params.notSet')}</option>}
        {options.map(([choice, label]) => (
          <option key={choice} value={choice}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
