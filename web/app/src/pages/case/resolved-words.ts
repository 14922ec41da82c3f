// The words of a resolved case waiting for the enterprise: the enterprise is asked to answer by a time; everyone else
// (HQ, the group that resolved it) reads that the enterprise has until then, and that silence confirms. One state, one
// wording: 已解决，等待企业确认 — 已办结 is said only once the case is over.

/** The heading, deadline label and silence rule of a resolved case, for the enterprise (`mayAnswer`) or anyone else. */
export function resolvedWordKeys(mayAnswer: boolean) {
  return mayAnswer
    ? ({ heading: 'case.resolved.title', confirmBy: 'case.resolved.confirmBy', silence: 'case.resolved.silence' } as const)
    : ({
        heading: 'case.resolved.othersWait',
        confirmBy: 'case.resolved.othersConfirmBy',
        silence: 'case.resolved.othersSilence',
      } as const);
}
