// Per-request facts every route relies on: who is asking, in which language, under which request id.
import type { Locale } from '#core/domain/locale';
import type { UserFields } from '#core/org/user-fields';
import type { PasswordChangeReason } from '#core/stores/session-store';

/** The signed-in user as the API exposes it (never the password hash). */
export interface SessionUser extends UserFields {
  /** An admin set or reset the password, or it no longer meets the password rules: every other API answers 403 until
   * the user changes it. */
  mustChangePassword: boolean;
  /** Why they must change it (null when they need not): the page and the 403 say it. */
  passwordChangeReason: PasswordChangeReason | null;
  /** Their working group is an inspection body: a task offered to their whole role is not theirs (actorMayDecide). */
  inspectionBody: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      requestId: string;
      locale: Locale;
      user?: SessionUser;
      csrfToken?: string;
      /** The session cookie's token, when it named a live session. */
      sessionToken?: string;
      /** What the request touched, for its log line: the workflow and the case number (never personal data); a request
       * that filed several cases at once (a visit's problems) names them all, in the order filed. */
      logContext?: {
        workflowId?: string;
        caseNumber?: string | null;
        taskId?: string;
        workflowIds?: string[];
        caseNumbers?: (string | null)[];
      };
    }
  }
}

export {};
