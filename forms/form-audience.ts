// Who may start a form: an account whose role the form's audience names, unless the audience leaves its kind of
// account out (an inspection body's member, for the service class's nominations and articles). The form list, the
// form page, drafts and the submit route all ask here, so a form offered to someone is one they may file.
import type { Role } from '#core/org/org-types';
import type { FormDefinition } from './form-definition';

/** The account asking, as far as an audience goes. */
export interface AudienceMember {
  role: Role;
  /** A member of an inspection body (its account holds the special_class role). */
  inspectionBody: boolean;
}

type Audience = Pick<FormDefinition, 'audience' | 'audienceExcludes'>;

/** True when the form's audience leaves out the kind of account `member` is, though it names the member's role. */
export function leftOutOfAudience(form: Audience, member: AudienceMember): boolean {
  return form.audience.includes(member.role) && member.inspectionBody && (form.audienceExcludes ?? []).includes('inspector');
}

/** True when `member` may start the form. */
export function inAudience(form: Audience, member: AudienceMember): boolean {
  return form.audience.includes(member.role) && !leftOutOfAudience(form, member);
}
