// Uploads go through XMLHttpRequest rather than fetch: only XHR reports upload progress, which a 5 MB file on a
// site's mobile connection needs.
import { ApiError } from '../api/api-error';
import { apiRequest } from '../api/api-request';
import type { ErrorDetail, SessionAnswer } from '../api/api-types';
import { requestState } from '../api/request-state';

/** What POST /api/uploads answers. */
export interface UploadedFile {
  id: string;
  ref: string;
  fileName: string;
  contentType: string;
  size: number;
}

function send(file: File, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', file.type);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', requestState.locale);
    xhr.setRequestHeader('x-csrf-token', requestState.csrfToken);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as {
            upload?: UploadedFile;
            error?: { code: string; message: string; details?: ErrorDetail[] };
          };
        } catch {
          return null;
        }
      })();
      if (xhr.status === 201 && body?.upload) resolve(body.upload);
      else
        reject(new ApiError(xhr.status, body?.error?.code ?? 'unexpected', body?.error?.message ?? '', body?.error?.details ?? [], body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Uploads one file, reporting progress from 0 to 1; a stale CSRF token is refreshed and the upload tried once more. */
export async function uploadFile(file: File, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<UploadedFile> {
  try {
    return await send(file, onProgress, signal);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403 || error.code !== 'csrf') throw error;
    requestState.csrfToken = (await apiRequest<SessionAnswer>('/api/session')).csrfToken;
    return send(file, onProgress, signal);
  }
}
