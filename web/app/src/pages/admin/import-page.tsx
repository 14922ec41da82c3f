// CSV import of enterprises, projects or assignments: check the file first (every bad row listed), import only a clean file.
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import type { ImportKind, ImportReport } from '../../api/admin-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { PageHeading } from '../../components/page-heading';
import { SelectField } from '../../components/select-field';
import { useI18n } from '../../i18n/use-i18n';
import { importTemplate } from './import-columns';
import { ImportColumnTable } from './import-column-table';
import { ImportReportView } from './import-report-view';
import { readCsvFile } from './read-csv-file';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

const KINDS: readonly ImportKind[] = ['enterprises', 'projects', 'assignments'];

/** The import page. */
export function ImportPage() {
  const { t, locale } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<ImportKind>('enterprises');
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);
  // Any change to the kind or the text makes the last check stale: import waits for a fresh, clean check.
  useEffect(() => setReport(null), [kind, csv]);
  const checkedClean = report !== null && report.dryRun && report.errors.length === 0;
  // A data: address, so there is no object URL to revoke; the template is one line.
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(importTemplate(kind, locale === 'zh-CN'))}`;

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setCsv(await readCsvFile(file));
  };
  const run = async (dryRun: boolean) => {
    if (running || !csv.trim()) return;
    setRunning(dryRun ? 'check' : 'import');
    setError(null);
    try {
      setReport(await adminApi.importCsv(kind, csv, dryRun));
    } catch (reason) {
      setError(reason);
    } finally {
      setRunning(null);
    }
  };

  return (
    <>
      <PageHeading>{t('nav.import')}</PageHeading>
      <p className="muted">{t('import.intro')}</p>
      <section className="card section" aria-labelledby={`${id}-what`}>
        <h2 id={`${id}-what`}>{t('import.step1')}</h2>
        <SelectField
          label={t('import.kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`import.kind.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(v as ImportKind)}
        />
        <p className="muted">{t(`import.about.${kind}`)}</p>
        <ImportColumnTable kind={kind} />
        <p>
          <a className="button button--quiet" href={template} download={t('import.templateFile', { kind: t(`import.kind.${kind}`) })}>
            {t('import.template')}
          </a>
        </p>
        <p className="hint">{t('import.encodingHint')}</p>
      </section>
      <section className="card section" aria-labelledby={`${id}-file`}>
        <h2 id={`${id}-file`}>{t('import.step2')}</h2>
        {/* The browser's own file box speaks the browser's language (Choose File / No file chosen on a Chinese page): it is
            hidden, and a worded button (a second label of it) and the chosen file's name stand in its place. */}
        <div className="field">
          <label htmlFor={`${id}-upload`}>{t('import.file')}</label>
          <input
            id={`${id}-upload`}
            type="file"
            className="visually-hidden"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => void pick(event)}
          />
          <label htmlFor={`${id}-upload`} className="button button--quiet file-choose">
            {t('import.chooseFile')}
          </label>{' '}
          <span className="muted">{fileName ?? t('import.noFile')}</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('import.paste')}</label>
          <p id={`${id}-text-hint`} className="field__hint">
            {fileName ? t('import.loadedFile', { name: fileName }) : t('import.pasteHint')}
          </p>
          <textarea
            id={`${id}-text`}
            aria-describedby={`${id}-text-hint`}
            rows={10}
            className="mono"
            spellCheck={false}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
          />
        </div>
      </section>
      <section className="card section" aria-labelledby={`${id}-run`} aria-busy={running !== null}>
        <h2 id={`${id}-run`}>{t('import.step3')}</h2>
        <p className="muted">{t('import.runHint')}</p>
        <div className="actions">
          <BusyButton
            type="button"
            variant="quiet"
            busy={running === 'check'}
            disabled={!csv.trim() || running !== null}
            label={t('import.check')}
            busyLabel={t('import.checking')}
            onClick={() => void run(true)}
          />
          <BusyButton
            type="button"
            busy={running === 'import'}
            disabled={!checkedClean || running !== null}
            label={t('import.import')}
            busyLabel={t('import.importing')}
            onClick={() => void run(false)}
          />
        </div>
        {!checkedClean && csv.trim() !== '' && !report && <p className="hint">{t('import.checkFirst')}</p>}
        <div aria-live="polite">
          {running && (
            <p className="loading">
              <span className="spinner" aria-hidden="true" /> {running === 'check' ? t('import.checking') : t('import.importing')}
            </p>
          )}
        </div>
        {error !== null && <ErrorNotice error={error} />}
        {report && <ImportReportView report={report} />}
      </section>
    </>
  );
}
