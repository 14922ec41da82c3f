// A service measure of an enterprise (一企一策) as the API answers it: written by web/server/measures, read by the app.

/** A measure with its words (category, status) in the reader's language. */
export interface Measure {
  id: number;
  enterpriseId: number;
  measure: string;
  category: string;
  categoryText: string;
  responsible: string;
  dueOn: string;
  status: string;
  statusText: string;
  outcome: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string | null;
}
