// The JSON shapes only administrators receive: user accounts, settings, audit entries, import reports.
import type { Page } from './paging';
import type { Role } from '#core/org/org-types';
import type { UserFields } from '#core/org/user-fields';

/** A user account as administrators see it. */
export interface UserAccount extends UserFields {
  active: boolean;
  createdAt: string;
  /** The account can do nothing but set a new password until it does. */
  mustChangePassword: boolean;
  /** Why (null when it need not): an administrator set the password, or a sign-in found it below the password rules. */
  passwordChangeReason: 'set_by_admin' | 'weak_password' | null;
}

/** A new account. */
export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  email?: string;
  enterpriseId?: number;
  workingGroupId?: number;
  projectId?: number;
}

/** A change to an account. */
export type UserChange = Partial<
  Pick<UserAccount, 'displayName' | 'email' | 'role' | 'enterpriseId' | 'workingGroupId' | 'projectId' | 'active'>
>;

/** Campaign-wide settings. */
export interface Settings {
  maxEnterprisesPerCadre: number;
  campaignContacts: CampaignContact[];
}

/** One of the campaign office's contacts (core/org/settings.ts): a name or office, a phone and/or an email, what for. */
export interface CampaignContact {
  name: string;
  phone?: string;
  email?: string;
  purpose?: string;
  purposeEn?: string;
  /** This mailbox receives the liaison list at a liaison campaign's deadline (needs an email). */
  liaisonList?: boolean;
}

/** One entry of the audit log. */
export interface AuditEntry {
  id: number;
  actor: { id: number; username: string; displayName: string } | null;
  actorRole: Role | null;
  action: string;
  targetType: string;
  targetId: string;
  /** What people call the target: a case number, a user's, enterprise's, project's or group's name, a form's title; else null. */
  targetName: string | null;
  /** The title of the form the summary's `formKey` names, in the reader's language; null when it names none. */
  formTitle: string | null;
  summary: unknown;
  /** The summary in the reader's words (names for ids, unchanged values left out), one line per fact. */
  described: string[];
  requestId: string | null;
  createdAt: string;
}

/** Filters of the audit log; empty strings mean "any". */
export interface AuditFilter {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

/** One page of the audit log. */
export interface AuditPage {
  entries: AuditEntry[];
  page: Page;
}

/** What can be imported from CSV. */
export type ImportKind = 'enterprises' | 'projects' | 'assignments';

/** A bad cell or row of an import. */
export interface ImportProblem {
  /** The row number a spreadsheet shows (the header is row 1). */
  line: number;
  /** The canonical column name. */
  column: string;
  /** The column's header as the file wrote it. */
  header: string;
  message: string;
}

/** The answer of a dry run or an import. */
export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  total: number;
  written: boolean;
  created: number;
  updated: number;
  errors: ImportProblem[];
}
