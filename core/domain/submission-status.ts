// Where a submission's process stands, as the submissions projection records it.

/** Statuses after which a submission's workflow no longer runs. */
export const FINAL_SUBMISSION_STATUSES = ['settled', 'failed', 'closed', 'rejected', 'expired', 'cancelled'] as const;
