/**
 * Round 35 (instances17): the follow-ups added this round read what the previous answer was ("chi tiết" after a post or a brief
 * answer, "z la sao", "hoi ai" then "ho ngheo", "bn tien" / "ai lam" / "o dau lam" after a card, "o tp hcm" after the 2027
 * standard, "con gi nua ko" after a pension card, "sao lau z" after the procedure, "vay dc ko" at the consent). Behind a load
 * balancer the follow-up may land on another instance: two real server processes (src/main.ts) on one PostgreSQL database
 * and one Redis prefix, the first messages at A over /api/chat, the follow-up at B. B's answer must be what one instance
 * alone gives (the same conversation all at A, another web session), so what the last answer was lives in the shared
 * session store (the draft in Redis without consent, the session row with it), never in one process's memory.
 */
import { describe, expect, it } from 'vitest';
import { RETENTION } from '../../src/privacy/retention.ts';
import { sealDrafts } from '../../src/store/redis.ts';
import { instancePair, session, type Instance } from '../e2e/process.ts';
import { postgresUnavailable, redisUnavailable, titled } from '../services.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

/** One web-chat turn: the replies as a channel draws them (text and buttons), without the share token (one per answer). */
async function said(instance: Instance, sessionId: string, text: string): Promise<string> {
  const response = await fetch(new URL('/api/chat', instance.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId, text }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { replies: { spans: { text: string }[]; buttons?: unknown; shareToken?: string }[] };
  return body.replies.map(({ spans, buttons }) => [spans.map((span) => span.text).join(''), JSON.stringify(buttons ?? [])].join('\n')).join('\n---\n');
}

/** [earlier messages, the follow-up, what the single instance's answer holds (so that both being a fallback cannot pass)]. */
const FOLLOW_UPS: [string[], string, string][] = [
  [['viet bai dang nhom zalo ve bhyt cho ho ngheo ho can ngheo'], 'chi tiet', 'Nguồn:'],
  [['qua nam 2027 chuan ngheo thay doi sao'], 'chi tiet', '2027–2030'],
  [['nha tui moi bi dua ra khoi ds can ngheo, z bhyt con ko'], 'z la sao', 'Bạn muốn hỏi thêm gì'],
  [['xin chao', 'hoi ai'], 'ho ngheo', 'Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã'],
  [['nha tui ko co nha ve sinh, di ngoai dong, co bi tinh thieu hut ko', 'co dc ho tro lam nha ve sinh ko'], 'bn tien', 'chưa rõ'],
  [['nha tui lop la, mua dot tum lum, co dc ho tro cat nha ko'], 'ai lam', 'UBND cấp xã'],
  [['nha tui ko co nha ve sinh co bi tinh thieu hut ko'], 'o dau lam', 'rà soát hộ nghèo, hộ cận nghèo tại UBND cấp xã'],
  [['chuan ngheo 2027'], 'o tp hcm', 'TP.HCM'],
  [['ba noi tui 85 tuoi co dc tien ko'], 'con gi nua ko', 'Trợ cấp xã hội hằng tháng'],
  [['ba noi tui 71 tuoi'], 'dc bn tien', 'Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)'],
  [['dang ky ho ngheo o dau'], 'sao lau z', 'Trong 15 ngày kể từ khi rà soát'],
  [['nha tui 4 nguoi o que thu nhap 3 trieu, la ho gi'], 'vay dc ko', 'Nếu kiểm tra đầy đủ thấy hộ là hộ nghèo: vay vốn của loại hộ đó'],
];

describe.skipIf(unavailable !== undefined)(titled('two instances on PostgreSQL + Redis: round 35 follow-ups answered at the other instance', unavailable), () => {
  const pair = instancePair('followups35');
  /** What the shared stores hold of a web session: its draft in Redis (opened), whether it has a row in PostgreSQL. */
  async function held(sessionId: string): Promise<{ draft: Record<string, unknown> | undefined; ttlMs: number; row: boolean }> {
    const hash = await pair.hashKey();
    const key = `web:${sessionId}`;
    const sealed = await pair.redis.get(`${pair.prefix}draft:${hash(key)}`);
    const opened = sealed === null ? undefined : sealDrafts(hash).open(key, sealed);
    const rows = await pair.db.query('SELECT 1 FROM sessions WHERE key = $1', [hash(key)]);
    const ttlMs = await pair.redis.pttl(`${pair.prefix}draft:${hash(key)}`);
    return { draft: opened ? (JSON.parse(opened) as Record<string, unknown>) : undefined, ttlMs, row: rows.rowCount === 1 };
  }

  it.each(FOLLOW_UPS)('after %j at A, "%s" at B is answered as at A alone', async (earlier, followUp, holds) => {
    const alone = session('alone');
    const across = session('across');
    for (const text of earlier) expect(await said(pair.a, across, text)).toBe(await said(pair.a, alone, text));
    // Without consent, what the last answer was is the draft's, in Redis (sealed, gone after the drafts' idle hours), never a
    // row in PostgreSQL; a code of what the answer was about, nothing the resident typed.
    const { draft, ttlMs, row } = await held(across);
    expect(draft?.last ?? draft?.interview).toBeDefined();
    expect(ttlMs).toBeGreaterThan(0);
    expect(ttlMs).toBeLessThanOrEqual(RETENTION.draftIdleHours * 3_600_000);
    for (const text of earlier) expect(JSON.stringify(draft)).not.toContain(text);
    expect(row).toBe(false);
    const expected = await said(pair.a, alone, followUp);
    expect(expected).toContain(holds);
    expect(await said(pair.b, across, followUp)).toBe(expected);
  }, 60_000);

  it('a conversation that goes back and forth between the instances, turn by turn, is answered as at one instance', async () => {
    const alone = session('alone-chain');
    const across = session('across-chain');
    const turns = ['muon lam giay chung nhan ho can ngheo thi lam o dau', 'can giay to j', 'bao lau thi co', 'chi tiet', 'z la sao'];
    for (const [at, text] of turns.entries()) {
      const expected = await said(pair.a, alone, text);
      expect(await said(at % 2 === 0 ? pair.a : pair.b, across, text)).toBe(expected);
    }
  }, 60_000);

  it('with consent (the session row in PostgreSQL): "chi tiet" after a brief answer at the other instance', async () => {
    const alone = session('alone-consent');
    const across = session('across-consent');
    for (const text of ['tui muon kiem tra ho ngheo', 'đồng ý', 'huy', 'qua nam 2027 chuan ngheo thay doi sao']) {
      expect(await said(pair.a, across, text)).toBe(await said(pair.a, alone, text));
    }
    expect((await held(across)).row).toBe(true);
    const expected = await said(pair.a, alone, 'chi tiet');
    expect(expected).toContain('2027–2030');
    expect(await said(pair.b, across, 'chi tiet')).toBe(expected);
  }, 60_000);
});
