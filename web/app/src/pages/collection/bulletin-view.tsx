// One bulletin: the figures, the totals, who was late, who is missing, the difficulties reported, and the email text
// (not sent to an enterprise, which reads its own notes only).
// Everything is printed as React text, so whatever an enterprise typed stays text.
import type { BulletinData } from '../../api/collection-api';
import { formatDateTime, formatDeadline } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { collectionZhCn } from '../../i18n/messages/collection-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(collectionZhCn);

/** A bulletin in full. */
export function BulletinView({ data, text }: { data: BulletinData; text: string | null }) {
  const { t, locale } = useI18n();
  const names = (list: { name: string }[]) =>
    list.length ? (
      <ul>
        {list.map((item, index) => (
          <li key={index}>{item.name}</li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('bulletin.none')}</p>
    );
  return (
    <article aria-labelledby="bulletin-heading">
      <h2 id="bulletin-heading">
        {data.formTitle} · {data.date}
      </h2>
      <p className="muted">{t('bulletin.deadline', { deadline: formatDeadline(data.deadlineAt, locale) })}</p>
      <dl className="bulletin-figures">
        <div>
          <dt>{t('bulletin.expected')}</dt>
          <dd>{data.expected}</dd>
        </div>
        <div>
          <dt>{t('bulletin.onTime')}</dt>
          <dd>{data.onTime}</dd>
        </div>
        <div>
          <dt>{t('bulletin.late')}</dt>
          <dd>{data.late}</dd>
        </div>
        <div>
          <dt>{t('bulletin.missing')}</dt>
          <dd>{data.missing}</dd>
        </div>
      </dl>
      <h3>{t('bulletin.totals')}</h3>
      {data.totals.length === 0 ? (
        <p className="muted">{t('bulletin.noTotals')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('bulletin.item')}</th>
              <th scope="col">{t('bulletin.value')}</th>
            </tr>
          </thead>
          <tbody>
            {data.totals.map((total) => (
              <tr key={total.field}>
                <th scope="row">{total.label}</th>
                <td>{total.value.toLocaleString(locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('bulletin.lateList')}</h3>
      {data.lateList.length ? (
        <ul>
          {data.lateList.map((item, index) => (
            <li key={index}>
              {item.name}
              {`${punctuation(locale).open}${formatDateTime(item.submittedAt, locale)}${punctuation(locale).close}`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('bulletin.none')}</p>
      )}
      <h3>{t('bulletin.missingList')}</h3>
      {names(data.missingList)}
      {data.notes.length > 0 && (
        <>
          <h3>{t('bulletin.notes')}</h3>
          <ul>
            {data.notes.map((note, index) => (
              <li key={index}>
                <strong>{note.name}</strong>
                {punctuation(locale).colon}
                {note.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {text !== null && (
        <details>
          <summary>{t('bulletin.emailText')}</summary>
          <pre className="bulletin-text">{text}</pre>
        </details>
      )}
    </article>
  );
}
