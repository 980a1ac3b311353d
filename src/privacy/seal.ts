/**
 * Sealing what must be kept for a while but read only by whoever holds its raw key (AES-256-GCM under the store's keyed hash
 * of a purpose and that key, Store.hashKey: HMAC-SHA256 under the database's secret): the store or Redis that keeps the
 * sealed value holds neither the raw key (a web page's session id, a user's id) nor, for Redis, the secret, so what it keeps
 * anywhere (files, replicas, backups) reads as noise.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The mark of a sealed value (a value without it is an older instance's plain JSON, read as it is). */
const SEALED = 's1:';
const SEAL_IV_BYTES = 12;
const SEAL_TAG_BYTES = 16;

/** Seals and opens values under keys derived from `purpose` and each value's raw key. */
export function sealWith(hashKey: (key: string) => string, purpose: string) {
  const keyOf = (key: string) => Buffer.from(hashKey(`${purpose}${key}`), 'base64url');
  return {
    seal(key: string, text: string): string {
      const iv = randomBytes(SEAL_IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyOf(key), iv);
      const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return `${SEALED}${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')}`;
    },
    /** The sealed text; a plain (older) value as it is; undefined when it does not open (damaged, another key). */
    open(key: string, value: string): string | undefined {
      if (!value.startsWith(SEALED)) return value;
      try {
        const bytes = Buffer.from(value.slice(SEALED.length), 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', keyOf(key), bytes.subarray(0, SEAL_IV_BYTES));
        decipher.setAuthTag(bytes.subarray(SEAL_IV_BYTES, SEAL_IV_BYTES + SEAL_TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(SEAL_IV_BYTES + SEAL_TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}
