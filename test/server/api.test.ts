/**
 * The JSON API over real HTTP, on the real app (createApp on a temporary database): health,
 * questions with citations, household checks, the standard in force, and how the server treats
 * bad requests (size, JSON, routes, methods, rate limits).
 */
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/search/types.ts';
import type { CheckResult } from '../../src/rules/types.ts';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

async function errorOf(response: Response): Promise<{ field?: string; message: string }> {
  const body = (await response.json()) as { error: { field?: string; message: string } };
  return body.error;
}

describe('GET /healthz, /readyz', () => {
  it('answers {"status":"ok"} with the database it uses and a request id', async () => {
    const response = await server.fetch('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', degraded: [], database: { backend: 'sqlite', reachable: true } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is ready while the database answers', async () => {
    const response = await server.fetch('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', database: { reachable: true } });
  });
});

describe('POST /api/ask', () => {
  it('answers which document a province has from the documents, not the 2025 merger explainer (findings19 #32)', async () => {
    const response = await server.postJson('/api/ask', { question: 'Tỉnh Hưng Yên có nghị quyết nào thực hiện Chỉ thị 05-CT/TW? ký ngày nào?' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { answer: string; results: SearchResult[] };
    expect(body.answer).toMatch(/^Văn bản của tỉnh Hưng Yên trong dữ liệu của trợ lý:/);
    expect(body.answer).toContain('Nghị quyết 41-NQ/TU của Tỉnh ủy Hưng Yên, ký ngày 21/08/2023');
    expect(body.answer).toContain('Nguồn: NQ 41-NQ/TU, Tỉnh ủy Hưng Yên, 21/08/2023');
    expect(body.answer).not.toContain('Nghị quyết 202/2025');
  });

  it('answers a question by quoting the best passage with its citation', async () => {
    const response = await server.postJson('/api/ask', { question: 'mục tiêu giảm tỷ lệ hộ tái nghèo, tái cận nghèo hằng năm' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { answer: string; results: SearchResult[] };
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(5);
    const best = body.results[0]!;
    for (const key of ['passageId', 'docId', 'title', 'section', 'text', 'snippet', 'score', 'citation', 'kind']) {
      expect(best).toHaveProperty(key);
    }
    expect(body.answer).toContain(best.citation);
    // The quote is taken around the best passage's snippet: it holds the first matched words.
    const firstMatch = /«([^»]+)»/.exec(best.snippet)![1]!;
    expect(body.answer).toContain(firstMatch);
  });

  it('finds the same passages for a question typed without diacritics', async () => {
    const ask = async (question: string) =>
      ((await (await server.postJson('/api/ask', { question, limit: 3 })).json()) as { results: SearchResult[] }).results;
    const withMarks = await ask('hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào');
    const without = await ask('ho can ngheo duoc ho tro bao hiem y te the nao');
    expect(without.length).toBeGreaterThan(0);
    expect(without[0]!.passageId).toBe(withMarks[0]!.passageId);
  });

  it('reads the question without markup (findings12 A22): "<b>…</b>" and "<script>…</script>" answer as the plain question', async () => {
    const answerOf = async (question: string) => ((await (await server.postJson('/api/ask', { question })).json()) as { answer: string }).answer;
    const plainAnswer = await answerOf('hộ nghèo được hỗ trợ gì');
    expect(await answerOf('<b>hộ nghèo được hỗ trợ gì</b>')).toBe(plainAnswer);
    const scripted = await answerOf('<script>alert(1)</script> hộ nghèo được hỗ trợ gì');
    expect(scripted).toBe(plainAnswer);
    expect(scripted).not.toContain('alert');
    // Markup alone is an empty question.
    expect((await server.postJson('/api/ask', { question: '<script>alert(1)</script>' })).status).toBe(400);
  });

  it('honours the limit', async () => {
    const response = await server.postJson('/api/ask', { question: 'hỗ trợ hộ nghèo', limit: 2 });
    const body = (await response.json()) as { results: SearchResult[] };
    expect(body.results).toHaveLength(2);
  });

  it('says honestly when nothing answers the question, without sending it to the poverty cadre', async () => {
    const response = await server.postJson('/api/ask', { question: 'lịch thi đấu bóng đá ngoại hạng Anh tuần này' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { answer: string; results: SearchResult[] };
    expect(body.results).toEqual([]);
    expect(body.answer).toMatch(/ngoài phạm vi/i);
    expect(body.answer).not.toContain('cán bộ phụ trách giảm nghèo');
    expect(body.answer).not.toMatch(/thương binh/i);
  });

  it('answers a support question from the rules data for that class, never from a report of results', async () => {
    const response = await server.postJson('/api/ask', { question: 'ho can ngheo co dc bhyt mien phi ko' });
    const body = (await response.json()) as { answer: string; results: SearchResult[] };
    expect(body.answer).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(body.answer).toContain('70%');
    expect(body.answer).toContain('Nghị định 188/2025/NĐ-CP');
    expect(body.answer).not.toContain('Hàng nghìn lượt hộ');
    expect(body.results.length).toBeGreaterThan(0);
  });

  it('refuses a missing or empty question with 400 naming the field', async () => {
    const missing = await server.postJson('/api/ask', { limit: 3 });
    expect(missing.status).toBe(400);
    expect(await errorOf(missing)).toMatchObject({ field: 'question' });
    const empty = await server.postJson('/api/ask', { question: '   ' });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toMatch(/trống/);
    const badLimit = await server.postJson('/api/ask', { question: 'hộ nghèo', limit: 'năm' });
    expect(await errorOf(badLimit)).toMatchObject({ field: 'limit' });
  });

  it('gzips the answer for a client that accepts gzip: the same JSON in well under half the bytes', async () => {
    const ask = (acceptEncoding?: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        const body = JSON.stringify({ question: 'hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào' });
        const sent = httpRequest(
          new URL('/api/ask', server.url),
          { method: 'POST', headers: { 'Content-Type': 'application/json', ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}) } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          },
        );
        sent.on('error', reject);
        sent.end(body);
      });
    const plain = await ask();
    const zipped = await ask('br;q=1.0, gzip;q=0.8');
    const refused = await ask('gzip;q=0, identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(zipped.body.length).toBeLessThan(plain.body.length * 0.4);
  });

  it('answers a body that is JSON but not an object in Vietnamese', async () => {
    for (const body of [[1], null, 'hộ nghèo', 42]) {
      const response = await server.postJson('/api/ask', body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(/^Nội dung yêu cầu phải là một đối tượng JSON/);
    }
  });
});

describe('POST /api/ask corrects a stated figure as the chat does (findings14 #9)', () => {
  it('"tu 2027 ho duoi 1 trieu 9 la ho ngheo dung ko" starts with the correction (was: an FAQ excerpt, no correction)', async () => {
    const response = await server.postJson('/api/ask', { question: 'tu 2027 ho duoi 1 trieu 9 la ho ngheo dung ko' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { answer: string };
    expect(body.answer.startsWith('Không đúng: 1,9 triệu là mức trong dự thảo tháng 9/2025; bản cuối (tham khảo): 2.200.000 đồng nông thôn / 2.800.000 đồng thành thị')).toBe(true);
  });
});

describe('POST /api/check', () => {
  it('classifies a household by the standard in force on its date', async () => {
    // 2022–2025 standard (Nghị định 07/2021/NĐ-CP Điều 3): rural line 1.500.000 đồng per person per
    // month; 1.200.000 is within it and 3 deprivations reach "3 or more": hộ nghèo.
    const response = await server.postJson('/api/check', {
      date: '2024-06-01',
      area: 'rural',
      members: 4,
      monthlyIncomePerPerson: 1_200_000,
      deprivations: ['health_insurance', 'water_source', 'sanitation'],
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as CheckResult;
    expect(result.classification).toBe('poor');
    expect(result.incomePerPerson).toBe(1_200_000);
    expect(result.deprivationCount).toBe(3);
    expect(result.standard.document).toMatch(/07\/2021\/NĐ-CP/);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('a 2027 household below the line with 1 known deprivation is at least near-poor, with the supports of both classes (findings14 #2)', async () => {
    // NĐ 351/2025 (tham khảo): 3.000.000 ÷ 4 = 750.000 ≤ 2.200.000 (nông thôn); 1 known deprivation + 2 indicators of unknown
    // threshold: 1 to 3, so hộ cận nghèo at least, hộ nghèo with 3. Was: "unknown" with only the supports open to every household.
    for (const path of ['/api/check', '/api/check?lean=1']) {
      const response = await server.postJson(path, { date: '2027-01-15', area: 'rural', members: 4, monthlyIncome: 3_000_000, deprivations: ['dependents'] });
      expect(response.status).toBe(200);
      const result = (await response.json()) as CheckResult;
      expect(result.classification, path).toBe('unknown');
      expect(result.between, path).toEqual({ atLeast: 'near_poor', upTo: 'poor', withDeprivations: 3 });
      const ids = result.supports.map((support) => (typeof support === 'string' ? support : support.id));
      expect(ids, path).toEqual(expect.arrayContaining(['health_insurance_premium', 'policy_credit', 'preschool_lunch']));
    }
  });

  it('answers 400 with the field for an invalid profile', async () => {
    const response = await server.postJson('/api/check', { area: 'countryside', members: 4, monthlyIncomePerPerson: 1 });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.field).toBe('area');
    expect(error.message.length).toBeGreaterThan(0);
    const noMembers = await server.postJson('/api/check', { area: 'urban', members: 0, monthlyIncome: 3_000_000 });
    expect(noMembers.status).toBe(400);
    expect((await errorOf(noMembers)).field).toBe('members');
  });

  it('refuses a total and a per-person income that disagree, naming both fields, instead of using the per-person one', async () => {
    // 20.000.000 ÷ 4 = 5.000.000 đồng/người: not poor; 1.400.000 đồng/người: near-poor. Which is meant is not guessed.
    const clash = { date: '2026-03-15', area: 'rural', members: 4, monthlyIncome: 20_000_000, monthlyIncomePerPerson: 1_400_000 };
    for (const path of ['/api/check', '/api/check?lean=1']) {
      const response = await server.postJson(path, clash);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.field).toBe('monthlyIncomePerPerson');
      expect(error.message).toContain('monthlyIncome)');
      expect(error.message).toContain('monthlyIncomePerPerson)');
      expect(error.message).toContain('20.000.000 đồng ÷ 4 người = 5.000.000 đồng');
    }
    // The two saying the same (5.600.000 ÷ 4 = 1.400.000) are accepted as before.
    const agreeing = await server.postJson('/api/check', { ...clash, monthlyIncome: 5_600_000 });
    expect(agreeing.status).toBe(200);
    expect(((await agreeing.json()) as CheckResult).classification).toBe('near_poor');
  });

  it('accepts a total and a per-person income that differ only by rounding to the đồng or the thousand; refuses a larger gap (round 7)', async () => {
    // 10.000.000 ÷ 3 = 3.333.333,33 đồng: 3.333.333 (đồng), 3.333.000 (thousand, down: 333 đồng off), 3.334.000 (up: 667 off).
    const household = { date: '2026-03-15', area: 'rural', members: 3, monthlyIncome: 10_000_000 };
    for (const perPerson of [3_333_333, 3_333_000, 3_334_000]) {
      for (const path of ['/api/check', '/api/check?lean=1']) {
        const response = await server.postJson(path, { ...household, monthlyIncomePerPerson: perPerson });
        expect(response.status, `${path} ${perPerson}`).toBe(200);
      }
    }
    // The total rounded to the thousand: 1.433.333 × 3 = 4.299.999, typed 4.300.000 (0,33 đồng a person off).
    expect((await server.postJson('/api/check', { ...household, monthlyIncome: 4_300_000, monthlyIncomePerPerson: 1_433_333 })).status).toBe(200);
    // 3.332.000 is 1.333 đồng a person off, 3.330.000 is 3.333 off: more than rounding, refused.
    for (const perPerson of [3_332_000, 3_330_000]) {
      const response = await server.postJson('/api/check', { ...household, monthlyIncomePerPerson: perPerson });
      expect(response.status, String(perPerson)).toBe(400);
      expect((await errorOf(response)).field).toBe('monthlyIncomePerPerson');
    }
  });

  it('refuses an indicator both deprived and unsure, naming both lists', async () => {
    const response = await server.postJson('/api/check', { area: 'rural', members: 3, monthlyIncome: 3_000_000, deprivations: ['health_insurance'], unsure: ['health_insurance'] });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.field).toBe('unsure.0');
    expect(error.message).toMatch(/thiếu hụt \(deprivations\) và danh sách chưa rõ \(unsure\)/);
  });
});

describe('GET /api/standard', () => {
  it('gives the standard in force on a date', async () => {
    const response = await server.fetch('/api/standard?date=2024-06-01');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/07\/2021\/NĐ-CP/);
  });

  it('reads a date written dd/MM/yyyy as people write it (findings19 #86): the same standard as yyyy-MM-dd', async () => {
    const written = await server.fetch(`/api/standard?date=${encodeURIComponent('31/12/2026')}`);
    const iso = await server.fetch('/api/standard?date=2026-12-31');
    expect(written.status).toBe(200);
    expect(await written.json()).toEqual(await iso.json());
  });

  it('refuses a date that does not exist or is no date, saying both accepted forms', async () => {
    for (const date of ['31/02/2026', '2024-02-30', 'hôm nay']) {
      const response = await server.fetch(`/api/standard?date=${encodeURIComponent(date)}`);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error).toMatchObject({ field: 'date' });
      expect(error.message).toMatch(/dd\/MM\/yyyy hoặc yyyy-MM-dd/);
    }
  });

  it('answers a real date outside every period with 404', async () => {
    const response = await server.fetch('/api/standard?date=2031-01-01');
    expect(response.status).toBe(404);
  });
});

describe('bad requests', () => {
  it('refuses a body over 64 KB with 413', async () => {
    const response = await server.postJson('/api/ask', { question: 'x'.repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toMatch(/quá lớn/);
  });

  it('refuses malformed JSON with 400 and a Vietnamese message', async () => {
    const response = await server.fetch('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"question": "hộ nghèo"',
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ field: 'body', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
  });

  it('answers unknown routes with 404 JSON and wrong methods with 405 and Allow', async () => {
    const missing = await server.fetch('/api/khong-co');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/json/);
    expect((await errorOf(missing)).message).toBeTruthy();
    const wrongMethod = await server.fetch('/api/ask');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('sends no CORS headers when CORS_ORIGIN is not set', async () => {
    const response = await server.fetch('/healthz', { headers: { Origin: 'https://example.org' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await server.fetch('/api/ask', { method: 'OPTIONS', headers: { Origin: 'https://example.org' } });
    expect(preflight.status).toBe(405);
  });

  it('allows the one configured origin when CORS_ORIGIN is set, and no other', async () => {
    const withCors = await startTestService({ CORS_ORIGIN: 'https://cong-thong-tin.example.vn' });
    try {
      const preflight = await withCors.fetch('/api/ask', {
        method: 'OPTIONS',
        headers: { Origin: 'https://cong-thong-tin.example.vn', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://cong-thong-tin.example.vn');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      const other = await withCors.fetch('/healthz', { headers: { Origin: 'https://khac.example.com' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await withCors.close();
    }
  });

  it('logs one JSON line per request with its id, and never the question', async () => {
    const question = 'câu hỏi riêng tư về thu nhập của nhà tôi';
    const response = await server.postJson('/api/ask', { question });
    const requestId = response.headers.get('x-request-id');
    const line = server.logs().find((record) => record.event === 'http_request' && record.requestId === requestId);
    expect(line).toMatchObject({ method: 'POST', path: '/api/ask', status: 200 });
    expect(server.logLines.join('')).not.toContain(question);
  });

  it('writes a cheap successful request at debug and a failed one at info (the default level)', async () => {
    const ok = await server.fetch('/healthz');
    const missing = await server.fetch('/khong-co');
    const levelOf = (response: Response) =>
      server.logs().find((record) => record.event === 'http_request' && record.requestId === response.headers.get('x-request-id'))?.level;
    expect(levelOf(ok)).toBe('debug');
    expect(missing.status).toBe(404);
    expect(levelOf(missing)).toBe('info');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a client passes its limit', async () => {
    const limited = await startTestService({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await limited.postJson('/api/ask', { question: 'hộ nghèo' })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await limited.postJson('/api/ask', { question: 'hộ nghèo' });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // Health checks are never limited.
      expect((await limited.fetch('/healthz')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
