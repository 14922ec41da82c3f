// What changed from one version to the next: a line diff of both definitions as pretty-printed JSON.
import { useMemo } from 'react';
import type { StoredDefinition } from '../../api/form-admin-api';
import { diffHunks, lineDiff } from '../../form/line-diff';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

// Lifecycle fields differ between any two versions; only what an admin edits is compared.
function editablePart(version: StoredDefinition): string {
  const { title, description, audience, schema, uiSchema, i18n, process } = version;
  return JSON.stringify({ title, description, audience, schema, uiSchema, i18n, process }, null, 2);
}

const SIGN = { same: ' ', removed: '−', added: '+' } as const;

/** The diff of `after` against `before`, folded to the changes and three lines around each. */
export function VersionDiff({ before, after }: { before: StoredDefinition; after: StoredDefinition }) {
  const { t } = useI18n();
  const hunks = useMemo(() => diffHunks(lineDiff(editablePart(before), editablePart(after))), [before, after]);
  const added = hunks.flatMap((h) => h.lines).filter((l) => l.kind === 'added').length;
  const removed = hunks.flatMap((h) => h.lines).filter((l) => l.kind === 'removed').length;
  if (hunks.length === 0) return <p className="empty">{t('diff.none')}</p>;
  return (
    <div className="version-diff">
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
    </div>
  );
}
