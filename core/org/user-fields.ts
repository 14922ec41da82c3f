// A user account's fields as the API shows them, shared by the server (the session user) and the app (the admin list).
import type { Role } from './org-types';

/** Who a user is and which enterprise, working group or project site the role covers (never the password hash). */
export interface UserFields {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  email: string | null;
  enterpriseId: number | null;
  enterpriseName: string | null;
  workingGroupId: number | null;
  projectId: number | null;
}
