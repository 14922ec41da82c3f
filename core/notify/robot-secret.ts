// A group robot's secret at rest: sealed with the SecretBox before it is stored, opened only by the worker (delivering)
// and the admin's test send. Every answer shows the hint (last four characters) instead.
import type { SecretBox } from '../codec/secret-box';
import type { RobotSecret } from './robot-provider';

/** `••••••••` and the last four characters: enough for an admin to tell two robots apart, not to use one. */
export function secretHint(token: string): string {
  return `••••••••${token.slice(-4)}`;
}

/** Seals a robot's secret for storage. */
export function sealRobotSecret(box: SecretBox, secret: RobotSecret): string {
  return box.seal(JSON.stringify(secret.signSecret ? { token: secret.token, signSecret: secret.signSecret } : { token: secret.token }));
}

/** Opens a robot's stored secret. */
export function openRobotSecret(box: SecretBox, robot: { sealedSecret: string }): RobotSecret {
  return JSON.parse(box.open(robot.sealedSecret)) as RobotSecret;
}
