// Seals short secrets kept in the app DB (a group robot's webhook key, DingTalk's signing secret) with AES-256-GCM
// under the same keys that seal Temporal payloads: the first key seals, every key opens, so rotation works the same.
// The purpose is bound into the AAD, so a sealed robot secret cannot be replayed as another kind of secret.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PayloadKey } from './payload-keys';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = 'gcm1';

/** Raised when a sealed value cannot be opened (unknown key, tampered text). */
export class SealedSecretError extends Error {}

const aad = (purpose: string, keyId: string) => Buffer.from(`fugong/secret/${purpose}/aes-256-gcm/${keyId}`);

/** A sealer bound to a key list; `purpose` names what the secrets are for (e.g. `robot`). */
export function createSecretBox(keys: PayloadKey[], purpose: string) {
  const active = keys[0];
  if (!active) throw new Error('createSecretBox needs at least one key');
  const byId = new Map(keys.map((key) => [key.id, key.secret]));
  return {
    /** `gcm1:<key id>:<base64 iv|ciphertext|tag>`. */
    seal(plain: string): string {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', active.secret, iv).setAAD(aad(purpose, active.id));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}:${active.id}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
    },
    /** The clear text of a value `seal` made with any of the keys. */
    open(sealed: string): string {
      const [prefix, keyId, data] = sealed.split(':');
      const secret = keyId ? byId.get(keyId) : undefined;
      if (prefix !== PREFIX || !secret || !data) throw new SealedSecretError(`sealed ${purpose} secret uses an unknown key or format`);
      const bytes = Buffer.from(data, 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new SealedSecretError(`sealed ${purpose} secret is too short`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', secret, bytes.subarray(0, IV_BYTES)).setAAD(aad(purpose, keyId!));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SealedSecretError(`sealed ${purpose} secret failed authentication`);
      }
    },
  };
}

/** The sealer's interface, for injection. */
export type SecretBox = ReturnType<typeof createSecretBox>;
