// A liaison round's list, sent to the office's mailbox again (000 §III.1): after late designations, or when the office
// asks once more. The round sent it by itself at its deadline.
import type { FormEvent } from 'react';
import { collectionApi } from '../../api/collection-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { asyncHandler } from '../../events/async-handler';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';

/** The button and what became of the send. */
export function LiaisonListButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const action = useAction();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      const sent = await collectionApi.sendLiaisonList(roundId);
      return t('collection.liaisonList.sent', { to: sent.to.join('、'), designated: sent.designated, missing: sent.missing });
    });
  };

  return (
    <form className="toolbar" onSubmit={asyncHandler(send)}>
      <BusyButton busy={action.busy} label={t('collection.liaisonList.send')} busyLabel={t('collection.liaisonList.sending')} />
      {action.error !== null && <ErrorNotice error={action.error} />}
      <SuccessNotice message={action.message} />
    </form>
  );
}
