// PLACEHOLDER until its owner replaces it.
/* eslint-disable */
import type { User } from '../../api/api-types';
export function BulletinsPage({ user }: { user: User }) {
  return <p>TODO</p>;
}
