// Retiring a form: its daily collection schedule stopped, then the form retired and audited in one transaction.
// The schedule goes first so that no failure leaves a change unaudited: stopping it fails, and nothing has changed
// (a retry does all of it; a schedule already gone counts as stopped); the transaction fails after the stop, and the
// form is still published, as the worker's next start finds it and schedules it again, until a retry finishes.
import type { Request } from 'express';
import type { Client } from '@temporalio/client';
import { notFound } from '#core/errors';
import { dropCollectionSchedule } from '#core/collection-schedules';
import type { Database } from '#core/stores/db-types';
import { formVersions, retireForm } from '#core/stores/forms/form-admin-store';
import { auditRequest } from '../audit/audit-request';
import { FORM } from './form-admin-bodies';

/** Retires the published form `key` and audits it; 404 when no version of it is published (none, or retired already). */
export async function retireAudited(db: Database, temporal: Client, req: Request, key: string): Promise<void> {
  if (!(await formVersions(db, key)).some((version) => version.status === 'published')) throw notFound(FORM);
  await dropCollectionSchedule(temporal, key);
  const retired = await db.transaction(async (trx) => {
    const versions = await retireForm(trx, key);
    if (versions) await auditRequest(trx, req, 'form.retire', { type: 'form', id: key });
    return versions;
  });
  // Retired by another request since the check above: that one audited it.
  if (!retired) throw notFound(FORM);
}
