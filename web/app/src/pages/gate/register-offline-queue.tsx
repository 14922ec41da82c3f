// The register's queue of quarantine check-ins recorded without signal (issue 23): "待同步 N" in the header, each
// reading as 待同步 / 已同步 (recorded, a fever, or kept as late) / 未被接受 with the server's reason, and the warning
// when one has waited longer than its definition's limit. Only the gate officer records check-ins, so only they see it.
import { useI18n } from '../../i18n/use-i18n';
import { quarantineCheckInQueue } from '../../offline/quarantine-check-in-queue';
import type { QueueEntry } from '../../offline/queue';
import { useOfflineQueue } from '../../offline/use-offline-queue';
import { OfflineHeaderStatus, OfflineQueuePanel } from './offline-queue-panel';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** The queue panel and header status of the register page. */
export function RegisterOfflineQueue({ userId }: { userId: number }) {
  const { t } = useI18n();
  const queue = useOfflineQueue(userId, quarantineCheckInQueue);
  const synced = (item: QueueEntry) =>
    t(
      item.answer?.outcome === 'late'
        ? 'quarantine.checkInSyncedLate'
        : item.answer?.fever
          ? 'quarantine.checkInSyncedFever'
          : 'quarantine.checkInSynced',
    );
  return (
    <>
      <OfflineHeaderStatus queue={queue} />
      {/* The register shows its own as-of stamp when offline. */}
      <OfflineQueuePanel queue={queue} asOf={null} synced={synced} whatToDo={t('quarantine.checkInWhatToDo')} />
    </>
  );
}
