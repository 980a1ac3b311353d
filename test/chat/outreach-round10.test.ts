/**
 * Round 10 (outreach staff: hội phụ nữ, trưởng thôn writing short posts for Zalo groups). What the testers saw: "viet lai de hieu
 * hon cho nguoi gia" after an answer was searched as a new question (a passage about old people); short posts ("viet 3 cau")
 * had no "Chia sẻ" as full answers have; a post about 2027 did not say from when; "viết 3 câu" asked again switched topic;
 * "phieu A la gi" gave the points of the form. Asked on 02/12/2026, as the testers did.
 */
import { describe, expect, it } from 'vitest';
import { actionOf, conversationsAt, openHarness, sayAll } from './harness.ts';

const TESTED_ON = new Date('2026-12-02T03:00:00Z');
const { ask } = conversationsAt(TESTED_ON, 'outreach10');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a plainer rewrite of the last answer, not a new question', () => {
  it.each(['viet lai de hieu hon cho nguoi gia', 'noi don gian hon', 'viết lại ngắn gọn dễ hiểu', 'de hieu'])(
    '"%s" after the 2027 standard: that standard, short, in words, with source and status',
    async (rewrite) => {
      const [card, plainer] = await ask('chuan ngheo 2027 la bao nhieu', rewrite);
      expect(card).toContain('2.200.000 đồng');
      // Was: a passage on trợ cấp xã hội for người cao tuổi, or "ngoài phạm vi".
      expect(plainer).not.toMatch(/ngoài phạm vi|Giải thích ngắn|Nghị định 20\/2021/);
      expect(plainer).toContain('nông thôn không quá 2.200.000 đồng, thành thị không quá 2.800.000 đồng');
      expect(plainer).not.toContain('≤');
      expect(plainer).toContain('(tham khảo)');
      expect(plainer).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
      // Not the full card again.
      expect(plainer).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
      expect(plainer!.length).toBeLessThan(card!.length);
    },
  );

  it('"noi don gian hon" after the BHYT card of hộ cận nghèo: that support, not another', async () => {
    const [, plainer] = await ask('ho can ngheo dc ho tro bhyt ko', 'noi don gian hon');
    expect(plainer).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(plainer).toContain('70%');
    expect(plainer).toContain('Nguồn: Nghị định 188/2025/NĐ-CP');
  });

  it('"de hieu" with nothing to rewrite says what it can rewrite, no card and no passage', async () => {
    const [answer] = await ask('de hieu');
    expect(answer).toContain('viết lại cho dễ hiểu');
    expect(answer).not.toMatch(/ngoài phạm vi|Nguồn:/);
  });
});

describe('short posts: share, from when, and the same post when asked again', () => {
  it('"viet 3 cau" after an answer has "Chia sẻ" and "Báo sai", and the link opens that topic', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const post = await sayAll(harness, ['thu tuc xet ho can ngheo', 'viet 3 cau']);
      // Was: the post with no button at all.
      expect(post.buttons.map((button) => button.label)).toEqual(['Chia sẻ', 'Báo sai']);
      const share = await harness.press(actionOf(post, 'Chia sẻ'));
      const token = share.replies[0]!.shareToken!;
      expect(token).toMatch(/^r-p/);
      const opened = await harness.say(`/start ${token}`, 'nguoi-nhan');
      expect(opened.text).toContain('Câu trả lời được chia sẻ');
      expect(opened.text).toContain('Quyết định 24/2021/QĐ-TTg');
    } finally {
      harness.close();
    }
  });

  it('"viết 5 dòng về chuẩn nghèo 2027 đăng nhóm zalo" says from when the standard applies, and has "Chia sẻ"', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const post = await harness.say('viết 5 dòng về chuẩn nghèo 2027 đăng nhóm zalo');
      expect(post.text).toContain('Từ 01/01/2027, chuẩn nghèo đa chiều giai đoạn 2027–2030: thu nhập bình quân');
      expect(post.buttons.map((button) => button.label)).toContain('Chia sẻ');
    } finally {
      harness.close();
    }
  });

  it.each([
    ['viết 3 câu về chuẩn nghèo mới', 'Chuẩn nghèo đa chiều năm 2026'],
    ['viet 3 cau ve thay doi chuan ngheo 2027', 'Thay đổi từ 01/01/2027'],
    ['viet 100 chu ve ho can ngheo duoc ho tro gi', 'Hộ cận nghèo được hỗ trợ'],
  ])('"%s", then "viết 3 câu" twice: the same post each time, about the same thing', async (first, lead) => {
    const [post, again, third] = await ask(first, 'viết 3 câu', 'viết 3 câu');
    expect(post).toContain(lead);
    // Was: "viết 3 câu về chuẩn nghèo mới" then "viết 3 câu" gave only 2027; after the changes, the standard instead.
    expect(again).toContain(lead);
    expect(third).toBe(again);
  });
});

describe('what phiếu A, phiếu B are: not in the facts, so said not known first, with whom to ask', () => {
  it.each(['phieu A la gi', 'phieu B dung lam gi', 'phiếu b là cái gì z', 'phieu a de lam chi'])('"%s"', async (asked) => {
    const [answer] = await ask(asked);
    // Was ("phieu A la gi"): the points of the form (140 điểm, 175 điểm) as if they said what the form is.
    expect(answer).toMatch(/^Mẫu phiếu rà soát hộ nghèo, hộ cận nghèo \(phiếu A, phiếu B\):\n• Nội dung và công dụng của từng mẫu phiếu \(phiếu A, phiếu B\) không có trong dữ liệu của trợ lý/);
    expect(answer!.split('\n')[1]).toContain(`${CADRE} có các mẫu phiếu đang dùng (chưa rõ). Căn cứ: Thông tư 07/2021/TT-BLĐTBXH.`);
    expect(answer).toContain('Thông tư 02/2022/TT-BLĐTBXH (tham khảo)');
    expect(answer).not.toContain('140 điểm');
  });

  it('the points asked stay the scoring ("diem phieu A bao nhieu la ho ngheo")', async () => {
    const [answer] = await ask('diem phieu A bao nhieu la ho ngheo');
    expect(answer).toMatch(/^Chấm điểm phiếu rà soát/);
    expect(answer).toContain('140 điểm');
  });
});

describe('a paste over the one limit in the chat', () => {
  it('"a a a …" (2.999 characters): the limit, its length and what to do; logged by its length only', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const paste = Array.from({ length: 1500 }, () => 'a').join(' ');
      const { text } = await harness.say(paste);
      // Was: "Tin nhắn dài quá (hơn 2.000 ký tự) …", another wording than the web page's and the API's.
      expect(text).toContain('Tin nhắn quá dài (tối đa 2.000 ký tự, tin này có 2.999 ký tự) nên trợ lý chưa đọc. Bạn hãy rút gọn, chỉ giữ điều muốn hỏi, hoặc tách thành từng câu hỏi ngắn rồi gửi lần lượt.');
      const logged = harness.logs.filter((line) => line.includes('"message_too_long"'));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('"chars":2999');
      expect(harness.logs.join('\n')).not.toContain('a a a a');
    } finally {
      harness.close();
    }
  });
});
