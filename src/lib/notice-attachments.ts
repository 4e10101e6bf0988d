/**
 * Files attached to notices, as both backends take them: PDF, PNG or JPEG decided from the first
 * bytes (never from the name a user gave the file), at most 1 MiB, at most 5 per notice, the name
 * kept as plain text. No React, no MSW.
 */
import type { components } from '../api/schema';

export type AttachmentType = components['schemas']['NoticeAttachment']['type'];

export const MAX_ATTACHMENT_BYTES = 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

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

/** The id of the next file of a notice: `<notice id>-<n>`, one past the highest attached now. */
export function nextAttachmentId(noticeId: string, attached: readonly { id: string }[]): string {
  const max = Math.max(0, ...attached.map((a) => Number(a.id.split('-')[1]) || 0));
  return `${noticeId}-${max + 1}`;
}

/** Content-Disposition for a download: an ASCII fallback name, and the real one (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
