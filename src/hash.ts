import { createHash } from 'node:crypto';

/** SHA-256 of bytes or text, as hex: the one content hash of notice (manifest, template fingerprint, shards). */
export function hashOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
