// The register's part of the phone's queue (issue 23): the gate checks made without signal (as the gate page lists
// them, so a worker checked offline shows here as 待同步 before the register can list them) and the quarantine
// check-ins recorded here, each as 待同步 / 已同步 (the decision; or recorded, a fever, or kept as late) / 未被接受
// with the server's reason, and the warning when one has waited longer than its definition's limit. Only the gate
// officer queues either, so only they see it; the header counts them on every page, and sends them whatever page is
// open (offline/queue-sync.ts).
import { useI18n } from '../../i18n/use-i18n';
import { GATE_QUEUES } from '../../offline/field-queues';
import type { QueueEntry } from '../../offline/queue';
import { useOfflineQueue } from '../../offline/use-offline-queue';
import { OfflineQueuePanel, syncedCheckText } from './offline-queue-panel';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** The queue panel of the register page. */
export function RegisterOfflineQueue({ userId }: { userId: number }) {
  const { t } = useI18n();
  const queue = useOfflineQueue(userId, GATE_QUEUES);
  const synced = (item: QueueEntry) => {
    if (item.kind === 'gate-check') return syncedCheckText(t, item.answer?.outcome);
    return t(
      item.answer?.outcome === 'late'
        ? 'quarantine.checkInSyncedLate'
        : item.answer?.fever
          ? 'quarantine.checkInSyncedFever'
          : 'quarantine.checkInSynced',
    );
  };
  const whatToDo = (item: QueueEntry) => (item.kind === 'gate-check' ? t('offline.whatToDo') : t('quarantine.checkInWhatToDo'));
  // The register shows its own as-of stamp when offline.
  return <OfflineQueuePanel queue={queue} asOf={null} synced={synced} whatToDo={whatToDo} />;
}
