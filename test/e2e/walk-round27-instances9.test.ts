/**
 * Two real server processes (src/main.ts, as `npm start` runs it) on one PostgreSQL database and one Redis prefix, walked
 * through as a load balancer without sticky sessions sends each request to either: a resident who chose "Không lưu" does a
 * household check across both to its result, asks what the assistant keeps about them at each (the same, true answer) and
 * erases at the other (told what went, the draft gone from Redis, the check not read back where it began); a cadre gets the
 * same list result, the same /api/ask and /api/check answers at both, and a share link made at one opens at the other until
 * its maker erases their data there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instancePair, session, type Instance } from './process.ts';
import { postgresUnavailable, redisUnavailable, titled } from '../services.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

interface Said {
  status: number;
  text: string;
  actions: string[];
  shareToken: string | undefined;
}

async function send(instance: Instance, sessionId: string, message: { text: string } | { action: string }): Promise<Said> {
  const response = await fetch(new URL('/api/chat', instance.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId, ...message }),
  });
  const body = (await response.json()) as {
    replies?: { spans: { text: string }[]; buttons?: { action: string }[][]; shareToken?: string }[];
  };
  const replies = body.replies ?? [];
  return {
    status: response.status,
    text: replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n'),
    actions: replies.flatMap((reply) => (reply.buttons ?? []).flat().map((button) => button.action)),
    shareToken: replies.find((reply) => reply.shareToken)?.shareToken,
  };
}

const post = (instance: Instance, path: string, body: string | Buffer) => fetch(new URL(path, instance.url), { method: 'POST', body });

describe.skipIf(unavailable !== undefined)(titled('two instances on PostgreSQL + Redis: a resident and a cadre walk through', unavailable), () => {
  const pair = instancePair('walk27');
  const draftKey = async (sessionId: string) => `${pair.prefix}draft:${(await pair.hashKey())(`web:${sessionId}`)}`;

  it('"Không lưu" across both to the result; what is kept, said alike at both; /xoadulieu at the other says it erased the household', async () => {
    const { a, b } = pair;
    const user = session('walk27-ko-luu');
    const by = (index: number) => (index % 2 === 0 ? a : b);
    expect((await send(a, user, { text: 'tui muon kiem tra nha tui co phai ho ngheo ko' })).actions).toContain('consent:no');
    expect((await send(b, user, { action: 'consent:no' })).text).toContain('Câu 1/15');
    expect((await send(a, user, { text: 'thanh pho' })).text).toContain('Câu 2/15');
    expect((await send(b, user, { text: 'nha tui 5 nguoi' })).text).toContain('Câu 3/15');
    expect((await send(a, user, { text: 'moi nguoi 1tr8' })).text).toContain('Câu 4/15');
    const answers = ['ko', 'ko', 'ko', 'co', 'hok', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko'];
    let last: Said | undefined;
    for (const [index, answer] of answers.entries()) {
      last = await send(by(index + 1), user, { text: answer });
      expect(last.status).toBe(200);
      if (index < answers.length - 1) expect(last.text).toContain(`Câu ${index + 5}/15`);
    }
    expect(last!.text).toContain('Kết quả sàng lọc (tham khảo): HỘ CẬN NGHÈO');
    expect(last!.text).toContain('1.800.000 đồng/người/tháng');
    // Nothing in PostgreSQL about the household; the sealed draft in Redis.
    expect((await pair.db.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n).toBe(0);
    expect(await pair.redis.exists(await draftKey(user))).toBe(1);

    const keptAtA = await send(a, user, { text: 'Trợ lý lưu gì về tôi?' });
    const keptAtB = await send(b, user, { text: 'tro ly luu j ve tui' });
    // Asked again right after (round 37 short28: the second time in brief): B knows A's answer is just above; "chi tiết" at B
    // gives the whole notice. A's first answer is in brief too (round 39 mend39a: was the whole notice, ~2.300 characters).
    expect(keptAtA.text).toContain('Xem đủ: gõ “chi tiết”');
    expect(keptAtB.text).toContain('Trợ lý lưu gì về bạn: như câu trả lời ngay phía trên');
    const whole = await send(b, user, { text: 'chi tiết' });
    expect(whole.text).toContain('Chọn “Không lưu” thì câu trả lời chỉ giữ tạm ở bộ nhớ đệm Redis dùng chung của các máy chủ trợ lý');
    // How long, said once: was "…, tự xóa sau 6 giờ không dùng, tối đa 6 giờ không dùng, …".
    expect(whole.text.match(/6 giờ không dùng/g)).toHaveLength(1);

    const erased = await send(b, user, { text: '/xoadulieu' });
    expect(erased.text).toContain('Đã xóa toàn bộ dữ liệu trợ lý lưu về bạn');
    // The household and its result were kept (in Redis) and are gone: was "(hiện không có gì được lưu)".
    expect(erased.text).not.toContain('hiện không có gì được lưu');
    expect(await pair.redis.exists(await draftKey(user))).toBe(0);
    expect((await send(a, user, { action: 'ck:back' })).text).toContain('Phần kiểm tra trước đã kết thúc');
    // Nothing kept now: a second erasure says so, at either instance.
    expect((await send(a, user, { text: '/xoadulieu' })).text).toContain('(hiện không có gì được lưu)');
  });

  it('a cadre: the same list result, /api/ask and /api/check at both; a share link made at one opens at the other until erased there', async () => {
    const { a, b } = pair;
    const list = readFileSync(new URL('../batch/fixtures/findings6/l2.csv', import.meta.url));
    const batch = (instance: Instance) => post(instance, '/api/batch?date=02/12/2026&name=l2.csv', list);
    const [atA, atB] = await Promise.all([batch(a), batch(b)]);
    expect([atA.status, atB.status]).toEqual([200, 200]);
    expect(atB.headers.get('x-batch-summary')).toBe(atA.headers.get('x-batch-summary'));
    expect(JSON.parse(atA.headers.get('x-batch-summary')!)).toMatchObject({ rows: 4, classified: 3, rejected: 1 }); // H004's "có" under "Nước sinh hoạt" is the water had since round 43 lists45 (was asked back)
    expect(Buffer.from(await atB.arrayBuffer()).equals(Buffer.from(await atA.arrayBuffer()))).toBe(true);

    for (const [path, body] of [
      ['/api/ask', JSON.stringify({ question: 'Hộ cận nghèo được hỗ trợ đóng bảo hiểm y tế như thế nào?' })],
      ['/api/ask', JSON.stringify({ question: 'nha 5 nguoi o que thu nhap 6 trieu 1 thang, ko co bhyt, nha tam thi la ho gi' })],
      ['/api/check', JSON.stringify({ area: 'rural', members: 4, monthlyIncome: 5_000_000, deprivations: ['health_insurance'], date: '05/12/2026' })],
      ['/api/check?lean=1', JSON.stringify({ area: 'urban', members: 3, monthlyIncome: 5_000_000, date: '15/01/2027' })],
    ] as const) {
      const [first, second] = await Promise.all([a, b].map(async (instance) => {
        const response = await post(instance, path, body);
        return { status: response.status, body: await response.text() };
      }));
      expect(first!.status, path).toBe(200);
      expect(second, path).toEqual(first);
    }

    const cadre = session('walk27-can-bo');
    const asked = await send(b, cadre, { text: 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 có mấy dự án?' });
    const share = asked.actions.find((action) => /^share:[^:]+:0$/.test(action));
    expect(share, asked.actions.join(' ')).toBeDefined();
    const made = await send(a, cadre, { action: share! });
    expect(made.shareToken).toMatch(/^[\w-]{12,}$/);
    expect((await pair.db.query('SELECT count(*)::int AS n FROM shares')).rows[0].n).toBe(1);
    const opened = await send(b, session('walk27-nguoi-nhan'), { text: `/start ${made.shareToken}` });
    expect(opened.text).toContain('Câu trả lời được chia sẻ');
    expect((await send(b, cadre, { text: '/xoadulieu' })).text).toContain('các đường dẫn chia sẻ bạn đã tạo');
    expect((await send(a, session('walk27-nguoi-nhan-2'), { text: `/start ${made.shareToken}` })).text).toContain('Đường dẫn này không còn dùng được');
  });
});
