/**
 * The one multipart/form-data body the server reads: a form posting a file (the list) and a few short text fields (RFC
 * 7578). Only what a browser or `curl -F` sends: parts separated by the boundary, each with its headers; nothing
 * streamed (the body was read whole, under its size limit).
 */
import { HttpError } from './http.ts';

export interface FormPart {
  name: string;
  filename?: string;
  data: Buffer;
}

/** The boundary of a multipart/form-data Content-Type, or null for another type. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

const refused = () => new HttpError(400, 'Biểu mẫu gửi lên (multipart/form-data) sai định dạng; hãy chọn lại tệp và gửi lại.', 'body');

/** A header parameter's value: name="x" or filename*=UTF-8''x. */
function parameter(header: string, key: string): string | undefined {
  const extended = new RegExp(`;\\s*${key}\\*=UTF-8''([^;]+)`, 'i').exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      return undefined;
    }
  }
  const plain = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, 'i').exec(header);
  return plain ? Buffer.from(plain[1]!, 'latin1').toString('utf8') : undefined;
}

/** The parts of a multipart body; a body that is not one is a 400. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) throw refused();
  const parts: FormPart[] = [];
  for (;;) {
    at += delimiter.length;
    // "--" after a delimiter closes the body.
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts;
    if (body[at] === 0x0d && body[at + 1] === 0x0a) at += 2;
    else throw refused();
    const headersEnd = body.indexOf('\r\n\r\n', at);
    if (headersEnd < 0) throw refused();
    const headers = body.subarray(at, headersEnd).toString('latin1');
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4);
    if (next < 0) throw refused();
    const disposition = headers.split('\r\n').find((line) => /^content-disposition\s*:/i.test(line));
    const name = disposition ? parameter(disposition, 'name') : undefined;
    if (name === undefined) throw refused();
    const filename = parameter(disposition!, 'filename');
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), data: body.subarray(headersEnd + 4, next) });
    at = next + 2;
  }
}
