/**
 * The JSON API kept stable for scripts: `/healthz`, `/api/ask`, `/api/check`, `/api/standard`, `/api/delete-data`; and
 * `/api/batch` (a household list file in, its result file out: batch.ts).
 * Results are the search and rules contracts as they are (`cli search --json`, `cli check --json`).
 */
import * as z from 'zod';
import {
  assessHousehold,
  checkHousehold,
  describeStandard,
  leanResult,
  lookupStandard,
  parseUserDate,
  todayIso,
  type LeanCheckResult,
  type Outcome,
  type RuleSet,
} from '../rules/index.ts';
import type { SearchEngine } from '../search/types.ts';
import type { Health } from '../app.ts';
import type { Store } from '../store/types.ts';
import type { DocumentMeta } from '../corpus/types.ts';
import type { Provinces } from '../chat/provinces.ts';
import { cleanInput } from '../chat/input.ts';
import { askAnswers } from './ask.ts';
import { HTTP_DEFAULTS } from './defaults.ts';
import { batchRoute } from './batch.ts';
import { HttpError, jsonBytes, parseWith, readJson, refuseTooLong, sendJson, sendJsonBytes } from './http.ts';
import type { Route } from './server.ts';

/** The lean check: the same validation and decision as the full one, without building its sentences. */
function leanCheck(rules: RuleSet, profile: unknown): Outcome<LeanCheckResult> {
  const assessed = assessHousehold(rules, profile);
  return assessed.ok ? { ok: true, value: leanResult(rules, assessed.value) } : assessed;
}

export const DEFAULT_ASK_LIMIT = 5;
const MAX_ASK_LIMIT = 20;

const AskSchema = z.object({
  question: z
    .string({ error: 'Cần câu hỏi (question) dạng chuỗi.' })
    // As the chat reads a message (markup and control characters dropped): "<b>hộ nghèo được hỗ trợ gì</b>" is the plain question.
    .overwrite(cleanInput)
    // Its length is checked after (refuseTooLong): the chat's one limit and notice.
    .min(1, { error: 'Câu hỏi (question) đang trống.' }),
  limit: z
    .number({ error: 'Số kết quả (limit) phải là một số.' })
    .int({ error: 'Số kết quả (limit) phải là số nguyên.' })
    .min(1, { error: 'Số kết quả (limit) phải từ 1 trở lên.' })
    .max(MAX_ASK_LIMIT, { error: `Số kết quả (limit) tối đa là ${MAX_ASK_LIMIT}.` })
    .optional(),
  userId: z
    .string({ error: 'Mã người dùng (userId) phải là một chuỗi.' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Mã người dùng (userId) phải gồm 1–64 ký tự chữ, số, "-" hoặc "_".' })
    .optional(),
  /** The caller's id for this message (with userId): /api/delete-data with it deletes what this message left, alone. */
  messageId: z
    .string({ error: 'Mã tin (messageId) phải là một chuỗi.' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Mã tin (messageId) phải gồm 1–64 ký tự chữ, số, "-" hoặc "_".' })
    .optional(),
}, { error: 'Nội dung yêu cầu phải là một đối tượng JSON, ví dụ {"question": "hộ cận nghèo được hỗ trợ gì"}.' });
/** A message id names a message of one user: without userId it could never be deleted. */
const AskRequest = AskSchema.refine((body) => body.messageId === undefined || body.userId !== undefined, {
  path: ['userId'],
  error: 'Mã tin (messageId) chỉ dùng được kèm mã người dùng (userId), để xóa được tin đó sau này.',
});
const DeleteSchema = z.object(
  { userId: AskSchema.shape.userId.unwrap(), messageId: AskSchema.shape.messageId },
  { error: 'Nội dung yêu cầu phải là một đối tượng JSON, ví dụ {"userId": "nguoi-dung-1"}.' },
);
/** Whose is what /api/ask keeps: the API's own namespace of user keys, as the chat's `channel:userId`. */
const apiUserKey = (userId: string) => `api:${userId}`;

export interface ApiDeps {
  search: SearchEngine;
  store: Store;
  rules: RuleSet;
  /** The corpus documents and the provinces: "Hưng Yên có văn bản gì về giảm nghèo" is answered from their metadata. */
  documents: readonly DocumentMeta[];
  provinces: Provinces;
  health(): Promise<Health>;
}

/** The services that do not fully work now: "store" (unreachable, or writes failing, damaged pages), "redis". */
function degradedParts(report: Health): string[] {
  const parts: string[] = [];
  if (!report.database.reachable || report.database.problems) parts.push('store');
  if (report.redis && !report.redis.reachable) parts.push('redis');
  return parts;
}

export function apiRoutes({ search, store, rules, documents, provinces, health }: ApiDeps): Route[] {
  const ask = askAnswers(search, rules, HTTP_DEFAULTS.askCacheBytes, { documents, passagesOf: (docId) => search.passagesOf(docId), provinces });
  return [
    {
      method: 'GET',
      path: '/healthz',
      rateLimited: false,
      // Liveness: the process answers (always 200); each service is reported, and what does not fully work.
      handle: async ({ response }) => {
        const report = await health();
        const degraded = degradedParts(report);
        sendJson(response, 200, { status: degraded.length > 0 ? 'degraded' : 'ok', degraded, ...report });
      },
    },
    {
      method: 'GET',
      path: '/readyz',
      rateLimited: false,
      // Readiness: a load balancer sends no traffic here while the database cannot be reached. A degraded
      // store (writes failing, damaged pages) still answers questions and checks: ready, and says so.
      handle: async ({ response }) => {
        const report = await health();
        const degraded = degradedParts(report);
        if (report.database.reachable) return sendJson(response, 200, { status: 'ready', degraded, ...report });
        sendJson(response, 503, {
          status: 'unavailable',
          degraded,
          ...report,
          error: { message: 'Cơ sở dữ liệu tạm thời không kết nối được; máy chủ này chưa sẵn sàng nhận yêu cầu.' },
        });
      },
    },
    {
      method: 'POST',
      path: '/api/ask',
      rateLimited: true,
      handle: async ({ request, response, log }) => {
        const { question, limit, userId, messageId } = parseWith(AskRequest, await readJson(request));
        refuseTooLong(question, 'question', log, 'api');
        const { json, answered } = ask(question, limit ?? DEFAULT_ASK_LIMIT, todayIso());
        // An unanswered question is kept (masked) only for a caller who names its user, who can delete it (/api/delete-data).
        const owner = userId === undefined ? {} : { ownerKey: apiUserKey(userId), messageId };
        await store.recordQuestion({ answered, text: question, ...owner }).catch((error: unknown) => log.warn('store_write_failed', { error }));
        sendJsonBytes(response, 200, json);
      },
    },
    {
      method: 'POST',
      path: '/api/delete-data',
      rateLimited: true,
      // What /api/ask kept for this user (its unanswered questions), as /xoadulieu does in the chat.
      handle: async ({ request, response, log }) => {
        const { userId, messageId } = parseWith(DeleteSchema, await readJson(request));
        const owner = apiUserKey(userId);
        if (messageId !== undefined) {
          // One message (as "Xóa tin này" in the chat): what /api/ask kept of the question sent with this messageId.
          const removed = await store.deleteMessage(owner, store.messageRef(owner, messageId));
          log.info('message_deleted', { channel: 'api', ...removed });
          return sendJson(response, 200, { deleted: removed.questions + removed.reports });
        }
        const deleted = await store.deleteUser(owner);
        log.info('user_data_deleted', { channel: 'api' });
        sendJson(response, 200, { deleted });
      },
    },
    {
      method: 'POST',
      path: '/api/check',
      rateLimited: true,
      handle: async ({ request, response, url, log }) => {
        // The rules module validates the profile itself and names the field in Vietnamese.
        const profile = await readJson(request);
        // ?lean=1: the decision without its sentences (~0,7 KB instead of ~15 KB), for scripts checking many households.
        const lean = url.searchParams.get('lean') === '1';
        const outcome = lean ? leanCheck(rules, profile) : checkHousehold(rules, profile);
        if (!outcome.ok) throw new HttpError(400, outcome.error.message, outcome.error.field);
        const result = outcome.value;
        await store.recordCheck(result.classification).catch((error: unknown) => log.warn('store_write_failed', { error }));
        // What the full result shows of the rules data (supports, next steps, margins, the standard) is frozen and
        // shared by every household of the class on the date: encoded once, sent without copying. The lean result
        // lists support ids only.
        if (lean) sendJson(response, 200, result);
        else sendJsonBytes(response, 200, jsonBytes(result));
      },
    },
    {
      method: 'GET',
      path: '/api/standard',
      rateLimited: true,
      handle: ({ response, url }) => {
        const asked = url.searchParams.get('date');
        // dd/MM/yyyy as people write it, or yyyy-MM-dd (as /api/batch and the CLI's --date).
        const date = asked === null ? todayIso() : parseUserDate(asked);
        if (!date) throw new HttpError(400, `Ngày “${asked}” không có thật hoặc sai dạng; hãy ghi dd/MM/yyyy hoặc yyyy-MM-dd, ví dụ 31/12/2026.`, 'date');
        const province = url.searchParams.get('province') ?? undefined;
        const found = lookupStandard(rules, date, province);
        // The date is real here: a date outside every period has no standard (404).
        if (!found.ok) throw new HttpError(404, found.error.message, found.error.field);
        sendJson(response, 200, describeStandard(rules, date, province));
      },
    },
    batchRoute(rules),
  ];
}
