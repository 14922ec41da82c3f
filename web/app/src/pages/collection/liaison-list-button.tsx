// A liaison round's list, sent to the office's mailbox again (000 §III.1): after late designations, or when the office
// asks once more. The round sent it by itself at its deadline.
import { useState, type FormEvent } from 'react';
import { collectionApi } from '../../api/collection-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { asyncHandler } from '../../events/async-handler';
import { useI18n } from '../../i18n/use-i18n';

/** The button and what became of the send. */
export function LiaisonListButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const sent = await collectionApi.sendLiaisonList(roundId);
      setDone(t('collection.liaisonList.sent', { to: sent.to.join('、'), designated: sent.designated, missing: sent.missing }));
    } catch (reason) {
      setFailure(reason);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="toolbar" onSubmit={asyncHandler(send)}>
      <BusyButton busy={busy} label={t('collection.liaisonList.send')} busyLabel={t('collection.liaisonList.sending')} />
      {failure !== null && <ErrorNotice error={failure} />}
      <SuccessNotice message={done} />
    </form>
  );
}
