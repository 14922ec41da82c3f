// The JSON shapes of the inbox API: one source with the server's handlers (core/api/task-types.ts).
export type * from '#core/api/task-types';
