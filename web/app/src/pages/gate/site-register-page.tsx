// PLACEHOLDER until its owner replaces it.
/* eslint-disable */
import type { User } from '../../api/api-types';
export function SiteRegisterPage({ user }: { user: User }) {
  return <p>TODO</p>;
}
