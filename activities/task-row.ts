// The task record now lives with the task store (core/stores/task-row.ts). web/server/gate/submit-gate-check.ts still
// imports it from here; this re-export goes when that file calls the task store.
export { newTaskRecord as taskRow } from '../core/stores/task-row';
