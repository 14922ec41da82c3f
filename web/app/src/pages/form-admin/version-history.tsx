// Every version of a form, newest first; any version can be compared with the one before it.
import { useState } from 'react';
import type { StoredDefinition } from '../../api/form-admin-api';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { VersionDiff } from './version-diff';
import { standingWords, versionStandings } from './version-status';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Props of VersionHistory: `versions` newest first; `running` counts running instances by version. */
export interface VersionHistoryProps {
  versions: StoredDefinition[];
  running: Record<string, number>;
}

/** A table of versions with a "changes" button for each version that has a predecessor. */
export function VersionHistory({ versions, running }: VersionHistoryProps) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState<number | null>(null);
  const index = versions.findIndex((v) => v.version === shown);
  const after = index >= 0 ? versions[index] : undefined;
  const before = index >= 0 ? versions[index + 1] : undefined;
  // Every version but the newest published one reads as superseded, so the table says which one is in use.
  const standings = versionStandings(versions);
  return (
    <>
      <div className="table-wrap">
        <table className="table table--stack">
          <caption className="visually-hidden">{t('formAdmin.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('formAdmin.column.version')}</th>
              <th scope="col">{t('formAdmin.column.status')}</th>
              <th scope="col">{t('formAdmin.column.author')}</th>
              <th scope="col">{t('formAdmin.column.savedAt')}</th>
              <th scope="col">{t('formAdmin.column.running')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version, i) => (
              <tr key={version.version} className={version.version === shown ? 'is-selected' : undefined}>
                <td data-label={t('formAdmin.column.version')}>{t('form.version', { version: version.version })}</td>
                <td data-label={t('formAdmin.column.status')}>
                  <span className={`badge badge--form-${standings[i]!.kind === 'superseded' ? 'retired' : version.status}`}>
                    {standingWords(standings[i]!, running[version.version] ?? 0, locale) ?? t(`formAdmin.status.${version.status}`)}
                  </span>
                </td>
                <td data-label={t('formAdmin.column.author')}>
                  {version.author === 'system' ? t('formAdmin.authorSystem') : version.author}
                </td>
                <td data-label={t('formAdmin.column.savedAt')}>{formatDateTime(version.createdAt, locale)}</td>
                <td data-label={t('formAdmin.column.running')}>{running[version.version] ?? 0}</td>
                <td data-label={t('common.actions')}>
                  {i < versions.length - 1 ? (
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-pressed={version.version === shown}
                      onClick={() => setShown(version.version === shown ? null : version.version)}
                    >
                      {t('diff.show', { version: version.version })}
                    </button>
                  ) : (
                    <span className="muted">{t('diff.first')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {after && before && <VersionDiff before={before} after={after} />}
    </>
  );
}
