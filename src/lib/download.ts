import { badResponseError } from '../api/errors';

/** Save a Blob as a file through a temporary link (works for keyboard and mouse alike). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file name a server gave in `Content-Disposition`, if any (quoted or RFC 5987 `filename*`). */
export function fileNameOf(response: Response): string | undefined {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1];
}

/**
 * Save the file an API call answered with (`parseAs: 'blob'`), under the name the server gave or
 * `fallbackName`. Errors were already thrown by the client; a success without a file is a contract
 * breach and is reported as such.
 */
export async function saveFileResponse(
  call: Promise<{ data?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  const { data, response } = await call;
  if (!(data instanceof Blob)) {
    throw badResponseError(response.status);
  }
  downloadBlob(fileNameOf(response) ?? fallbackName, data);
}
