// The daily bulletin (项目动态每日通报) as data: written by the round's activity, stored, and shown by the app.
import type { PersonalKind } from '../privacy/personal-kind';

/** The bulletin's content in one language. */
export interface BulletinData {
  formTitle: string;
  date: string;
  deadlineAt: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  totals: { field: string; label: string; value: number }[];
  reported: { name: string; submittedAt: string; late: boolean; submissionId: string }[];
  lateList: { name: string; submittedAt: string }[];
  missingList: { name: string }[];
  /** Free text the enterprises wrote; `enterpriseId` and `personal` (the field's x-personal kind) let the
   * personal-data policy decide per reader (bulletins stored before they were recorded lack them). */
  notes: { name: string; field: string; text: string; enterpriseId?: number; personal?: PersonalKind | null }[];
}

/** A bulletin in the list, in the reader's language. */
export interface BulletinSummary {
  /** The round's id as the API shows it (no `/`). */
  roundId: string;
  formKey: string;
  date: string;
  formTitle: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  createdAt: string;
}
