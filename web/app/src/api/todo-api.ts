// The enterprise home's to-do list (GET /api/me/todo, web/server/todo): what the signed-in enterprise owes now.
import type { LocalizedText } from '../../../../core/domain/locale';
import { apiRequest } from './api-request';

/** Today's report of a daily collection, or a campaign the enterprise has not answered. */
export interface TodoReport {
  formKey: string;
  formTitle: LocalizedText;
  recurrence: 'daily' | 'once';
  deadlineAt: string;
  state: 'submitted' | 'due' | 'overdue';
  submittedAt: string | null;
  late: boolean;
  submissionId: string | null;
}

/** A case waiting for the enterprise: information asked for (returned) or a resolution to confirm (resolved). */
export interface TodoCase {
  id: string;
  caseNumber: string | null;
  formKey: string;
  formTitle: LocalizedText;
  summary: string | null;
  status: 'returned' | 'resolved';
  note: string | null;
  confirmBy: string | null;
  updatedAt: string;
}

/** The whole list; `today` is null for an account that names no enterprise. */
export interface Todo {
  today: string | null;
  reports: TodoReport[];
  cases: TodoCase[];
}

/** Typed call to /api/me/todo. */
export const todoApi = {
  todo(signal?: AbortSignal): Promise<Todo> {
    return apiRequest('/api/me/todo', { signal });
  },
};
