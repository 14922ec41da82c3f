// A cadre's assignment to an enterprise as the API lists it (GET /api/assignments), shared by the store that reads it
// and the app that shows it.

/** A cadre looking after an enterprise, current (endedAt null) or past. */
export interface Assignment {
  id: number;
  cadreId: number;
  cadreName: string;
  enterpriseId: number;
  enterpriseName: string;
  assignedAt: string;
  endedAt: string | null;
  endReason: string | null;
}
