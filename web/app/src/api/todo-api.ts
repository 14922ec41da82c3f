// The enterprise home's to-do list (GET /api/me/todo, web/server/todo): what the signed-in enterprise owes now.
import type { Todo, TodoCase, TodoReport, TodoResumption } from '../../../server/todo/enterprise-todo';
import { apiRequest } from './api-request';

// One source for the shapes: the server's store declares them, the app reads them.
export type { Todo, TodoCase, TodoReport, TodoResumption };

/** Typed call to /api/me/todo. */
export const todoApi = {
  todo(signal?: AbortSignal): Promise<Todo> {
    return apiRequest('/api/me/todo', { signal });
  },
};
