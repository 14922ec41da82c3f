// Every workflow the worker registers; the worker bundles this file.
export { receiptWorkflow, receiptStateQuery } from './receipt-workflow';
export { ladderWorkflow } from './ladder-workflow';
export { dailyDigestWorkflow } from './daily-digest-workflow';
export { collectionRoundWorkflow, collectionRoundStateQuery } from './collection-round-workflow';
export { collectionReportWorkflow } from './collection-report-workflow';
export { monitoringWorkflow } from './monitoring-workflow';
