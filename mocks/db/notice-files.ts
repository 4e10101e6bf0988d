/**
 * Attachment bytes of the demo's notices, base64 in the demo store (so they survive a reload), apart
 * from the notices themselves so listing notices never parses files. Type is decided from the first
 * bytes, never from the name a user gave the file.
 */
import type { components } from '../../src/api/schema';
import { onReset, persisted } from './storage';

export type AttachmentType = components['schemas']['NoticeAttachment']['type'];

export const MAX_ATTACHMENT_BYTES = 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

const files = persisted<Record<string, string>>('notice-files', () => ({}));
onReset(() => files.drop());

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** PDF, PNG or JPEG by signature; anything else is refused whatever its name says. */
export function sniffType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

/** A file name as plain text: no control characters or path separators, at most 120 characters. */
export function cleanFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .replace(/[\\/]/g, '_')
    .trim()
    .slice(0, 120);
  return cleaned || 'tep-dinh-kem';
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function putFile(id: string, bytes: Uint8Array): void {
  files.update((all) => ({ ...all, [id]: toBase64(bytes) }));
}

export function readFile(id: string): Uint8Array<ArrayBuffer> | null {
  const text = files.get()[id];
  return text === undefined ? null : fromBase64(text);
}

export function dropFile(id: string): void {
  files.update(({ [id]: _gone, ...rest }) => rest);
}
