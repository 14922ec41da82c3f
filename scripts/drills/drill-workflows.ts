// The workflows a drill worker registers: every shipped workflow plus the drill-only timer workflow.
export * from '#workflows/index';
export { drillTimersWorkflow } from './timer-workflow';
