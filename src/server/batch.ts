/**
 * `POST /api/batch`: a household list checked as `cli batch --out` checks it, for cadres without a terminal (the web
 * page's "Kiểm tra danh sách hộ"). The body is the list itself (a .csv or .xlsx file, any Content-Type) or a
 * multipart/form-data form with the file and the fields `date`, `format`; query parameters `date` (dd/MM/yyyy or
 * yyyy-MM-dd: the review date of rows without one, default today) and `format` (csv | xlsx: the result file, default the
 * list's own kind). The answer is the result file (the columns, error rows and summary of `cli batch`), with its counts
 * in the X-Batch-Summary header (JSON, ASCII). The list is never kept: checked in a temporary folder removed before the
 * answer (src/batch/upload.ts), nothing in the database, nothing of its text in the log.
 */
import type { IncomingMessage } from 'node:http';
import { parseUserDate, todayIso, type RuleSet } from '../rules/index.ts';
import { BATCH_DEFAULTS } from '../batch/defaults.ts';
import type { ResultFormat } from '../batch/upload.ts';
import { declaresTooLarge, HttpError, readBody } from './http.ts';
import type { Route } from './server.ts';

/** Room for a form's own bytes (boundaries, part headers, the date) around a list of the largest size. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const CONTENT_TYPES: Record<ResultFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** JSON with every character past ASCII as \uXXXX: a header value carries it as it is. */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The list checker (batch/upload.ts: the list reader, csv-parse, ExcelJS) is loaded by the first list sent, not at start-up:
 * a server's first answer does not wait for it.
 */
const uploads = () => import('../batch/upload.ts');

const tooLarge = async () => new HttpError(413, (await uploads()).listTooBig(), undefined, { Connection: 'close' });

interface BatchRequest {
  list: Buffer;
  name?: string;
  date?: string;
  format?: string;
  /** "readable": the result's header row in Vietnamese words (RESULT_COLUMN_LABELS) instead of the column ids. */
  headers?: string;
}

async function readRequest(request: IncomingMessage, url: URL): Promise<BatchRequest> {
  const limit = BATCH_DEFAULTS.upload.maxBytes + FORM_OVERHEAD_BYTES;
  if (declaresTooLarge(request, limit)) throw await tooLarge();
  let body: Buffer;
  try {
    body = await readBody(request, limit);
  } catch (error) {
    if (error instanceof HttpError && error.status === 413) throw await tooLarge();
    throw error;
  }
  const query = (key: string) => url.searchParams.get(key) ?? undefined;
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return { list: body, ...optional({ name: query('name'), date: query('date'), format: query('format'), headers: query('headers') }) };
  const form = await readForm(body, contentType);
  const entries = [...form.entries()];
  const file = (entries.find(([, value]) => typeof value !== 'string') ?? entries.find(([key]) => key === 'file'))?.[1];
  const field = (key: string) => {
    const value = form.get(key);
    const text = typeof value === 'string' ? value.trim() : undefined;
    return text === '' ? undefined : text;
  };
  if (file === undefined) throw new HttpError(400, 'Chưa có tệp danh sách trong biểu mẫu (trường file). Hãy chọn tệp .csv hoặc .xlsx rồi gửi lại.', 'file');
  const list = typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(await file.arrayBuffer());
  const name = typeof file === 'string' ? undefined : file.name;
  return { list, ...optional({ name, date: field('date') ?? query('date'), format: field('format') ?? query('format'), headers: field('headers') ?? query('headers') }) };
}

/**
 * A multipart/form-data body (RFC 7578: what a browser or `curl -F` sends) read by Node's own form parser (the Fetch
 * API's Response#formData, undici); a body that is not one is a Vietnamese 400.
 */
async function readForm(body: Buffer, contentType: string): Promise<FormData> {
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new HttpError(400, 'Biểu mẫu gửi lên (multipart/form-data) sai định dạng; hãy chọn lại tệp và gửi lại.', 'body');
  }
}

const optional = <T extends Record<string, string | undefined>>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: string };

export function batchRoute(rules: RuleSet): Route {
  return {
    method: 'POST',
    path: '/api/batch',
    rateLimited: true,
    handle: async ({ request, response, url, log }) => {
      const asked = await readRequest(request, url);
      const defaultDate = asked.date === undefined ? todayIso() : parseUserDate(asked.date);
      if (!defaultDate) throw new HttpError(400, `Ngày xét “${asked.date}” không có thật hoặc sai dạng; hãy ghi dd/MM/yyyy, ví dụ 02/12/2026.`, 'date');
      const format = asked.format?.toLowerCase();
      if (format !== undefined && format !== 'csv' && format !== 'xlsx') {
        throw new HttpError(400, 'Dạng tệp kết quả (format) chỉ có thể là csv hoặc xlsx.', 'format');
      }
      if (asked.headers !== undefined && asked.headers !== 'readable' && asked.headers !== 'ids') {
        throw new HttpError(400, 'Dòng tên cột của tệp kết quả (headers) chỉ có thể là readable (tên cột tiếng Việt) hoặc ids (mã cột, mặc định).', 'headers');
      }
      const { checkUploadedList, resultFileName } = await uploads();
      const outcome = await checkUploadedList(rules, asked.list, { defaultDate, ...(asked.date !== undefined ? { dateFlag: 'date' } : {}), ...(format ? { format } : {}), readableHeaders: asked.headers === 'readable' });
      if (!outcome.ok) {
        // The reason's code only: the message may quote the list's cells.
        if (outcome.status === 503) log.error('batch_unwritable', { code: outcome.detail, bytes: asked.list.length });
        else log.info('batch_refused', { reason: outcome.reason, bytes: asked.list.length });
        throw new HttpError(outcome.status, outcome.message, 'file', outcome.status === 413 ? { Connection: 'close' } : {});
      }
      const { counts } = outcome;
      log.info('batch_checked', { bytes: asked.list.length, format: outcome.format, rows: counts.rows, classified: counts.classified, rejected: counts.rejected, refusedByColumn: counts.refusedByColumn });
      const name = resultFileName(asked.name, outcome.format);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[outcome.format],
        'Content-Length': outcome.file.length,
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
        'X-Batch-Summary': asciiJson({ ...counts, notes: outcome.notes, fileName: name }),
        // A page of another origin (CORS_ORIGIN) may read the counts and the name too.
        'Access-Control-Expose-Headers': 'X-Batch-Summary, Content-Disposition',
      });
      response.end(outcome.file);
    },
  };
}
