/**
 * Attachment bytes of the demo's notices, base64 in the demo store (so they survive a reload), apart
 * from the notices themselves so listing notices never parses files. Type is decided from the first
 * bytes, never from the name a user gave the file.
 */
import { onReset, persisted } from './storage';

export {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  cleanFileName,
  sniffType,
  type AttachmentType,
} from '../../src/lib/notice-attachments';

const files = persisted<Record<string, string>>('notice-files', () => ({}));
onReset(() => files.drop());

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
