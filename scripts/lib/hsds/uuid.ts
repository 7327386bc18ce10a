/**
 * Stable UUIDs for the HSDS export: RFC 9562 version 5 (SHA-1, name-based) in a namespace of our
 * own, so the same catalogue id gives the same UUID in every export and other directories can
 * update records instead of duplicating them.
 */
import { createHash } from 'node:crypto';

/** Hänvisa's namespace; never change it, or every exported id changes. */
export const HANVISA_NAMESPACE = '6b1f0c53-6c8e-4b0a-9d6e-2f3a1c9e5b70';

function bytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

export function uuidV5(name: string, namespace: string = HANVISA_NAMESPACE): string {
  const hash = createHash('sha1').update(bytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
