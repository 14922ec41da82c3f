// The form field through which a nominator (a cadre, a working-group member, HQ) names the enterprise a submission
// concerns: the server requires it of anyone without an enterprise of their own (web/server/submissions/
// subject-enterprise.ts), and the fill page marks it required for them and offers their enterprises by name.

/** The name of the top-level property that names the submission's enterprise by its unified social credit code. */
export const SUBJECT_FIELD = 'enterpriseCreditCode';
