// PLACEHOLDER until its owner replaces it.
/* eslint-disable */
import type { User } from '../../api/api-types';
export function GateCheckPage({ user }: { user: User }) {
  return <p>TODO</p>;
}
