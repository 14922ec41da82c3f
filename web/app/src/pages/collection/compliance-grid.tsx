// The enterprises × days table: each cell says its status in a word and a symbol (colour only adds to it) and,
// when the enterprise reported, links to the report.
import type { ComplianceAnswer, ComplianceCell } from '../../api/collection-api';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { routeHref } from '../../routing/route-href';
import { STATUS_SYMBOL } from './compliance-status';

function CellContent({ cell, enterprise, date }: { cell: ComplianceCell; enterprise: string; date: string }) {
  const { t, locale } = useI18n();
  const p = punctuation(locale);
  const word = t(`compliance.status.${cell.status}`);
  const extra = [
    cell.amendments > 0 ? t('compliance.amended', { count: cell.amendments }) : '',
    cell.escalatedTo ? t('compliance.escalated', { to: cell.escalatedTo }) : '',
  ]
    .filter(Boolean)
    .join(p.semicolon);
  const body = (
    <>
      <span aria-hidden="true">{STATUS_SYMBOL[cell.status]} </span>
      {word}
      {cell.amendments > 0 && <sup aria-hidden="true">+{cell.amendments}</sup>}
    </>
  );
  if (!cell.submissionId)
    return (
      <span className={`cell cell--${cell.status}`} title={extra || undefined}>
        {body}
        {extra && <span className="visually-hidden">{`${p.open}${extra}${p.close}`}</span>}
      </span>
    );
  return (
    <a
      className={`cell cell--${cell.status}`}
      href={routeHref({ name: 'submission', id: cell.submissionId })}
      title={extra || undefined}
      aria-label={`${t('compliance.openReport', { enterprise, date })}${p.colon}${word}${extra ? `${p.open}${extra}${p.close}` : ''}`}
    >
      {body}
    </a>
  );
}

/** The grid of one page of enterprises. */
export function ComplianceGrid({ data }: { data: ComplianceAnswer }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table compliance">
        <caption className="visually-hidden">{t('compliance.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compliance.enterprise')}</th>
            <th scope="col">{t('compliance.cadreColumn')}</th>
            {data.columns.map((column) => (
              <th scope="col" key={column.key} className="compliance__day">
                <time dateTime={column.date}>{column.date.slice(5)}</time>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.enterpriseId}>
              <th scope="row">{row.name}</th>
              <td>{row.cadre ?? <span className="muted">{t('compliance.noCadre')}</span>}</td>
              {row.cells.map((cell, index) => (
                <td key={data.columns[index]!.key} className="compliance__cell">
                  <CellContent cell={cell} enterprise={row.name} date={data.columns[index]!.date} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
