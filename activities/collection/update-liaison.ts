// A liaison designation (P1) names the enterprise's work liaison: the enterprise's own liaison fields follow each
// report (an amendment corrects them), and the change is on the enterprise's history in the audit log (the mobile masked).
import type { Db } from '#core/stores';
import { enterpriseLiaison, updateEnterpriseLiaison, type LiaisonColumn } from '#core/stores/collections/liaison-store';
import { recordAudit } from '#core/stores/audit-store';
import type { CollectionParams } from '#core/domain/collection-plan';
import { maskValue } from '#core/privacy/mask';

/** Input of updateLiaison. */
export interface UpdateLiaisonInput {
  enterpriseId: number;
  fields: NonNullable<CollectionParams['liaisonFields']>;
  data: Record<string, unknown>;
  submissionId: string;
  userId: number | null;
  at: string;
}

const COLUMNS = { name: 'liaison_name', mobile: 'liaison_mobile', email: 'liaison_email' } as const;
const LIMITS = { name: 100, mobile: 20, email: 200 } as const;

/** Writes the liaison named in `data` onto the enterprise and audits what changed; nothing when nothing changed. */
export async function updateLiaison(trx: Db, input: UpdateLiaisonInput): Promise<void> {
  const keys = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((key) => input.fields[key]);
  const after: Record<string, string> = {};
  for (const key of keys) {
    const value = input.data[input.fields[key]!];
    if (typeof value === 'string' && value.trim()) after[COLUMNS[key]] = value.trim().slice(0, LIMITS[key]);
  }
  const before = await enterpriseLiaison(trx, input.enterpriseId, Object.values(COLUMNS));
  const changed = (Object.keys(after) as LiaisonColumn[]).filter((column) => before?.[column] !== after[column]);
  if (!before || !changed.length) return;
  await updateEnterpriseLiaison(trx, input.enterpriseId, Object.fromEntries(changed.map((column) => [column, after[column]])));
  // The audit log is read by admins, who read an enterprise's mobile only in an audited full export: it keeps it masked.
  const logged = (column: LiaisonColumn, value: string | null | undefined) =>
    column === 'liaison_mobile' ? maskValue('mobile', value, 'zh-CN') : (value ?? null);
  await recordAudit(
    trx,
    {
      actorId: input.userId,
      actorRole: 'enterprise',
      action: 'enterprise.liaison',
      targetType: 'enterprise',
      targetId: String(input.enterpriseId),
      summary: {
        before: Object.fromEntries(changed.map((column) => [column, logged(column, before[column])])),
        after: Object.fromEntries(changed.map((column) => [column, logged(column, after[column])])),
        submissionId: input.submissionId,
      },
      requestId: null,
    },
    new Date(input.at),
  );
}
