// The enterprise evaluation (000 §III.4): every enterprise in the reader's scope ranked by a score made of what the
// processes recorded, each input shown as "count, points" so the reader sees why; the weights below it, editable by
// administrators. Commendation points visibly move an enterprise up: that is the notice's "tilt".
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { evaluationApi, type EvaluationPeriod, type EvaluationRow } from '../../api/evaluation-api';
import type { Column } from '../../components/data-table';
import { DataTable } from '../../components/data-table';
import { formatDate } from '../../format/format-date-time';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { SideScroll } from '../../components/side-scroll';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { routeHref } from '../../routing/route-href';
import { DateRangeFilter } from '../dashboard/date-range-filter';
import { EvaluationEmpty } from './evaluation-empty';
import { WeightsEditor } from './weights-editor';
import './evaluation.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { evaluationZhCn } from '../../i18n/messages/evaluation-messages';

// This page's words come with its chunk, not with the first scripts.
addZhCnMessages(evaluationZhCn);

/** Props of EvaluationPage. */
export interface EvaluationPageProps {
  user: User;
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** The evaluation page. */
export function EvaluationPage({ user }: EvaluationPageProps) {
  const { t, locale } = useI18n();
  const [period, setPeriod] = useState<EvaluationPeriod>();
  const [paging, setPaging] = useState({ period, offset: 0 });
  const offset = paging.period === period ? paging.offset : 0;
  const loaded = useApiData(
    (signal) => evaluationApi.ranking(period, signal, { offset }),
    [period?.from, period?.to, offset],
    queryKeys.ranking,
  );
  const weights = useApiData(
    (signal) => (user.role === 'admin' ? evaluationApi.weights(signal) : Promise.resolve(null)),
    [user.role],
    queryKeys.weights,
  );
  const changed = useChanged();

  if (!loaded.data) {
    return (
      <>
        <PageHeading>{t('evaluation.title')}</PageHeading>
        {loaded.error !== null ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : <LoadingIndicator />}
      </>
    );
  }
  const { rows, inputs, period: shown, scored } = loaded.data;
  const inputLabel = (input: string) => t(`evaluation.input.${input}` as MessageKey);
  const mayOpen = user.role !== 'enterprise';
  const columns: Column<EvaluationRow>[] = [
    { key: 'rank', label: t('evaluation.col.rank'), render: (row) => row.rank, className: 'nowrap' },
    {
      key: 'enterprise',
      label: t('evaluation.col.enterprise'),
      render: (row) => (
        <>
          {mayOpen ? <a href={routeHref({ name: 'enterprise', id: row.enterpriseId })}>{row.enterpriseName}</a> : row.enterpriseName}
          {row.focus && <span className="badge evaluation-focus">{t('evaluation.focus')}</span>}
        </>
      ),
    },
    { key: 'score', label: t('evaluation.col.score'), render: (row) => <strong>{row.score}</strong>, className: 'nowrap' },
    ...inputs.map((input) => ({
      key: input,
      label: inputLabel(input),
      render: (row: EvaluationRow) =>
        row.counts[input] === 0 ? '—' : t('evaluation.cell', { count: row.counts[input], points: signed(row.points[input]) }),
      // May wrap after the comma ("3 items," over "+6 points"; a number keeps its unit): eight inputs side by side must fit beside the navigation.
      className: 'evaluation-cell',
    })),
  ];

  return (
    <>
      <PageHeading>{t('evaluation.title')}</PageHeading>
      <p className="hint">{t('evaluation.intro')}</p>
      <DateRangeFilter value={shown} onChange={setPeriod} />
      <p className="toolbar evaluation-toolbar">
        <span>{t('evaluation.period', { from: formatDate(shown.from, locale), to: formatDate(shown.to, locale) })}</span>
        {/* A file of zeros says no more than the page: offered once something is scored. */}
        {scored && (
          <a className="button button--quiet" href={evaluationApi.exportHref(shown, locale)} download>
            {t('evaluation.export')}
          </a>
        )}
      </p>
      {rows.length === 0 || !scored ? (
        // Every score is 0: a table of enterprises all "ranked 1st" would say nothing true; say what will come instead.
        <EvaluationEmpty
          enterprises={loaded.data.page.total ?? rows.length}
          inputs={inputs}
          weights={loaded.data.weights}
          setsWeights={user.role === 'admin'}
        />
      ) : (
        <>
          {/* Scrolls sideways, by keyboard too, when the columns do not fit, and says so rather than cutting the last ones off. */}
          <SideScroll className="evaluation-ranking" label={t('evaluation.caption')}>
            <DataTable caption={t('evaluation.caption')} columns={columns} rows={rows} rowKey={(row) => row.enterpriseId} />
          </SideScroll>
          <Pager page={loaded.data.page} shown={rows.length} onOffset={(next) => setPaging({ period, offset: next })} />
        </>
      )}
      <details className="evaluation-weights">
        <summary>{t('evaluation.weights')}</summary>
        {user.role === 'admin' && weights.data ? (
          <WeightsEditor
            schema={weights.data.schema}
            weights={weights.data.weights}
            choices={weights.data.choices}
            onSaved={() => void changed('evaluation')}
          />
        ) : (
          <>
            <p className="hint">{t('evaluation.weightsReadOnly')}</p>
            <ul className="evaluation-weight-list">
              {inputs.map((input) => (
                <li key={input}>{t('evaluation.weightLine', { input: inputLabel(input), weight: signed(loaded.data!.weights[input]) })}</li>
              ))}
            </ul>
          </>
        )}
      </details>
    </>
  );
}
