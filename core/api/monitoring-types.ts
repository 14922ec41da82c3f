// The monitoring register's answer (GET /api/monitoring/:formKey/subjects), shared by the server that writes it and the
// app that shows it. The store's row carries the same course fields, so the three cannot drift apart.
import type { EndChange } from '../domain/monitoring-params';

/** A monitored subject's course: whether it runs, when it started and ends, each change of its end, its alerts. */
export interface SubjectCourse {
  status: 'active' | 'ended';
  startedAt: string;
  endsAt: string;
  endedAt: string | null;
  endChanges: EndChange[];
  alerts: number;
}

/** The check-in slot open now. */
export interface OpenSlot {
  slotAt: string;
  opensAt: string;
  dueAt: string;
}

/** One subject on the register, shown through the personal-data policy. */
export interface MonitoredRow extends SubjectCourse {
  id: string;
  caseNumber: string | null;
  formKey: string;
  kind: string;
  name: string;
  data: Record<string, unknown>;
  enterpriseId: number | null;
  checkIns: number;
  missed: number;
  late: number;
  openSlot: OpenSlot | null;
}
