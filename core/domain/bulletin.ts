// The daily bulletin (项目动态每日通报) as data: written by the round's activity, stored, and shown by the app.

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
  /** Free-text notes of the reports; `enterpriseId` (absent in bulletins stored before it was kept) decides who sees one. */
  notes: { name: string; field: string; text: string; enterpriseId?: number }[];
}
