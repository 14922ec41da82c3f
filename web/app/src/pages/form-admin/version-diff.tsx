// What changed from one version to the next: the changes in words, grouped (字段, 办理流程, 规则, 其他), with the line
// diff of both definitions as pretty-printed JSON behind a toggle for IT. Email templates read by the names the params
// editor picks them by, from the same template list.
import { useMemo, useState } from 'react';
import { emailTemplateApi } from '../../api/email-template-api';
import type { StoredDefinition } from '../../api/form-admin-api';
import { queryKeys } from '../../api/query-keys';
import { useApiData } from '../../hooks/use-api-data';
import { diffHunks, lineDiff } from '../../form/line-diff';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';
import { CHANGE_WORDS } from './definition-change-words';
import { definitionChanges } from './definition-changes';
import { templateNamer } from './params/template-short-name';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

// Lifecycle fields differ between any two versions; only what an admin edits is compared.
function editablePart(version: StoredDefinition): string {
  const { title, description, guidance, audience, audienceExcludes, schema, uiSchema, i18n, process } = version;
  return JSON.stringify({ title, description, guidance, audience, audienceExcludes, schema, uiSchema, i18n, process }, null, 2);
}

const SIGN = { same: ' ', removed: '−', added: '+' } as const;

/** The line diff of both definitions, folded to the changes and three lines around each. */
function JsonDiff({ before, after }: { before: StoredDefinition; after: StoredDefinition }) {
  const { t } = useI18n();
  const hunks = useMemo(() => diffHunks(lineDiff(editablePart(before), editablePart(after))), [before, after]);
  const added = hunks.flatMap((h) => h.lines).filter((l) => l.kind === 'added').length;
  const removed = hunks.flatMap((h) => h.lines).filter((l) => l.kind === 'removed').length;
  return (
    <>
      <p className="muted">{t('diff.summary', { from: before.version, to: after.version, added, removed })}</p>
      <pre className="version-diff__text mono" tabIndex={0} aria-label={t('diff.label', { from: before.version, to: after.version })}>
        {hunks.map((hunk, index) => (
          <span key={index} className="version-diff__hunk">
            {hunk.skipped > 0 && (
              <span className="version-diff__skip">
                {t('diff.skipped', { count: hunk.skipped })}
                {'\n'}
              </span>
            )}
            {hunk.lines.map((line, n) => (
              <span key={n} className={`version-diff__line version-diff__line--${line.kind}`}>
                <span className="visually-hidden">{line.kind === 'same' ? '' : t(`diff.${line.kind}`)}</span>
                <span aria-hidden="true">{SIGN[line.kind]} </span>
                {line.text}
                {'\n'}
              </span>
            ))}
          </span>
        ))}
      </pre>
    </>
  );
}

/** The changes of `after` against `before` in words, grouped, with the JSON diff on request. */
export function VersionDiff({ before, after }: { before: StoredDefinition; after: StoredDefinition }) {
  const { t, locale } = useI18n();
  const [json, setJson] = useState(false);
  const templates = useApiData((signal) => emailTemplateApi.list(signal), [], queryKeys.emailTemplates);
  const groups = useMemo(
    () => definitionChanges(before, after, locale, { template: templateNamer(templates.data?.templates ?? [], t) }),
    [before, after, locale, templates.data, t],
  );
  const words = CHANGE_WORDS[locale];
  if (groups.length === 0 && editablePart(before) === editablePart(after)) return <p className="empty">{t('diff.none')}</p>;
  return (
    <section className="version-diff" aria-label={t('diff.label', { from: before.version, to: after.version })}>
      <h3>{words.heading(before.version, after.version)}</h3>
      {groups.map((group) => (
        <section key={group.group} className={`version-diff__group version-diff__group--${group.group}`}>
          <h4>{group.title}</h4>
          <ul>
            {group.lines.map((line, n) => (
              <li key={n}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p className="muted">{words.onlyJson}</p>}
      <button type="button" className="button button--quiet" aria-expanded={json} onClick={() => setJson(!json)}>
        {json ? words.hideJson : words.showJson}
      </button>
      {json && <JsonDiff before={before} after={after} />}
    </section>
  );
}
