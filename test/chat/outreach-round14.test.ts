/**
 * Round 14 (outreach, 03/12/2026): posts and loudspeaker texts asked in one message, as outreach staff type them on Zalo. Each
 * case fails on the round-13 code.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const { ask, first } = conversationsAt(TESTED_ON, 'outreach14');

describe('N38-84: a warning post on money asked for the poverty review leads with the fee, then where to go', () => {
  it.each([
    'soan bai canh bao lua dao thu tien lam ho so ho ngheo',
    'viet bai canh bao ba con ve viec bi thu tien lam ho so can ngheo',
    'soạn bài cảnh báo lừa đảo làm hồ sơ hộ nghèo để đăng nhóm zalo',
  ])('"%s"', async (request) => {
    const post = await first(request);
    const lines = post.split('\n');
    // Was: the fees card as an answer to the cadre ("trợ lý không xác nhận …", "Căn cứ:" after each line, buttons), or no warning.
    expect(lines[0]).toBe('Cảnh báo: cẩn thận với người đòi tiền để làm hồ sơ, xét hoặc đưa hộ vào danh sách hộ nghèo, hộ cận nghèo:');
    // The fee first, as the rules data says it (QĐ 24/2021 names no fee, reported), then whom to tell and where to file.
    // The document on its "Nguồn" line only since round 44 (outreach46: the warning post within a phone's screen).
    expect(lines[1]).toMatch(/^- Quy trình rà soát, công nhận hộ nghèo, hộ cận nghèo (?:\(Quyết định 24\/2021\/QĐ-TTg\) )?không có khoản phí hay khoản tiền nào hộ phải nộp/);
    expect(lines[1]).toContain('(tham khảo)');
    const where = lines.findIndex((line) => line.includes('báo cán bộ phụ trách giảm nghèo hoặc lãnh đạo UBND cấp xã'));
    expect(where).toBeGreaterThan(1);
    expect(post).toContain('Chủ tịch UBND cấp xã');
    expect(post).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
    expect(post).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(post).not.toContain('Căn cứ:');
  });

  it('guard: the same question asked, not a post, keeps the answer to the one asking', async () => {
    const [answer] = await ask('lam ho so ho ngheo co mat tien ko, truong thon doi 500k');
    expect(answer).toMatch(/^Tiền, lệ phí để được xét/);
    expect(answer).not.toContain('Cảnh báo:');
  });
});

/** The text to share: what the cadre is told after it (the buttons, "Bạn có thể gõ: …") is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!;
/** "bạn" as a word (the reader spoken to as one person), in any case. */
const TO_ONE_READER = /(^|[^\p{L}])bạn($|[^\p{L}])/iu;

describe('round 14 posts: a warning post speaks to bà con, not about the trợ lý nor to one reader', () => {
  it.each([
    'soan bai canh bao lua dao thu tien lam ho so ho ngheo',
    'viet bai canh bao ba con ve viec bi thu tien lam ho so can ngheo',
    'soạn bài cảnh báo lừa đảo làm hồ sơ hộ nghèo để đăng nhóm zalo',
    'ghi giup tui bai canh bao lua dao doi tien lam ho so ho can ngheo de dang nhom zalo ap',
  ])('"%s"', async (request) => {
    const post = sharedOf(await first(request));
    // Was: "…; trợ lý không xác nhận được bất kỳ khoản tiền nào như vậy" and "bạn hãy hỏi hoặc báo … nơi bạn cư trú".
    expect(post).not.toMatch(/trợ lý/i);
    expect(post).not.toMatch(TO_ONE_READER);
    // The same meaning, status and source.
    // Since round 44 (outreach46, the post within a phone's screen): the claim with its status, without "các văn bản đang lưu …".
    expect(post).toMatch(/không có khoản phí hay khoản tiền nào hộ phải nộp[^\n]*\(tham khảo\)\./);
    expect(post).toMatch(/bà con (?:hãy hỏi hoặc )?báo cán bộ phụ trách giảm nghèo hoặc lãnh đạo UBND cấp xã/);
    expect(post).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
  });

  it.each(['soan bai doc loa canh bao lua dao thu tien lam ho so ho ngheo', 'viet tin phat loa canh bao ba con coi chung bi doi tien lam ho so ho ngheo nha'])(
    'loudspeaker "%s": no "con số" note for a text whose reported line states none, its status said in words',
    async (request) => {
      const spoken = sharedOf(await first(request));
      // Round 15: greeted first (N38-83), the warning right after.
      expect(spoken.split('\n')[1]).toMatch(/^Cảnh báo:/);
      expect(spoken).not.toMatch(/trợ lý/i);
      expect(spoken).not.toMatch(TO_ONE_READER);
      // Was: "Lưu ý: các con số trên là số liệu tham khảo …" though the fee line (the one reported) states no figure.
      expect(spoken).not.toContain('con số');
      // Round 20: on the Nguồn line (was a line 'Lưu ý: một số thông tin trên chỉ để tham khảo, …' of its own).
      expect(spoken).toMatch(/^Nguồn: .*; có thông tin tham khảo, chưa được đối chiếu với nguyên văn văn bản\.$/m);
      expect(spoken).not.toContain('(tham khảo)');
    },
  );

  it('guard: a loudspeaker text whose reported line states a figure still says "các con số trên là số liệu tham khảo"', async () => {
    const spoken = sharedOf(await first('soan bai doc loa ve chuan ngheo moi nam 2027'));
    // Round 15 (N38-83): the figure read in words.
    expect(spoken).toMatch(/hai triệu hai trăm nghìn đồng/);
    // Round 20: on the Nguồn line (was 'Lưu ý: các con số trên là số liệu tham khảo', a line of its own).
    expect(spoken).toMatch(/^Nguồn: .*; các con số là số liệu tham khảo/m);
  });

  it('guard: the fee question asked, not a post, is still answered to the one asking', async () => {
    const [answer] = await ask('lam ho so ho ngheo co mat tien ko, truong thon doi 500k');
    // Round 44 (resid50): either layout, the chat's shorter one speaking to "bạn".
    expect(answer).toMatch(/trợ lý không xác nhận được bất kỳ khoản tiền nào như vậy|Ai đòi tiền, bạn báo cán bộ/);
  });
});

describe('N38-90: a loudspeaker text on Chỉ thị 05-CT/TW says what it is, from rules/reference.yaml, not a passage of another document', () => {
  it.each(['soan tin phat loa ve chi thi 05', 'viet bai doc loa ve chi thi so 05 cho ba con trong ap', 'soạn bài tuyên truyền Chỉ thị 05-CT/TW để đăng nhóm zalo'])(
    '"%s"',
    async (request) => {
      const text = await first(request);
      // Was: "Văn bản Chỉ thị 05 mà bạn hỏi không có trong dữ liệu của trợ lý …", or a passage of a provincial plan.
      expect(text).not.toContain('không có trong dữ liệu của trợ lý');
      expect(text).not.toContain('Theo văn bản:');
      // (A loudspeaker text is greeted first and says its figures in words, round 15 N38-83.)
      expect(text.split('\n').filter((line) => line !== 'Kính thưa bà con!')[0]).toMatch(/^Chỉ thị 05-CT\/TW về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững đến năm (?:2030|hai nghìn không trăm ba mươi):$/);
      // supports.md [V]: Ban Bí thư, 23/6/2021; poverty rate down 1–1,5% a year; Nghị quyết 160/NQ-CP carries it out.
      // A loudspeaker text says its figures in words (round 15, N38-83).
      const heard = /loa/.test(request);
      // Round 20: read aloud within 800 characters, the entry's `spoken` wording: the title not said twice, the Government's plan
      // and that the full text is not stored (notes for the writer) left to the written post.
      expect(text).toContain(heard ? 'Chỉ thị do Ban Bí thư Trung ương Đảng ban hành năm hai nghìn không trăm hai mươi mốt' : 'Ngày 23/06/2021, Ban Bí thư Trung ương Đảng ban hành Chỉ thị 05-CT/TW');
      expect(text).toContain(heard ? 'tỷ lệ hộ nghèo giảm một đến một phẩy năm phần trăm mỗi năm' : 'tỷ lệ hộ nghèo giảm 1–1,5% mỗi năm');
      if (!heard) expect(text).toContain('Nghị quyết 160/NQ-CP ngày 22/12/2021');
      // Said as it stands now: no district level since 01/07/2025; the full text is not stored, and where to ask.
      expect(text).toContain('không còn cấp huyện');
      // Said to bà con, not about the assistant (round 14, posts); was "… không có trong các văn bản trợ lý lưu".
      if (!heard) expect(text).toContain('Toàn văn Chỉ thị này không có trong các văn bản đang lưu');
      expect(sharedOf(text)).not.toMatch(/trợ lý/i);
      expect(text).toMatch(heard ? /^Nguồn: Chỉ thị 05-CT\/TW;/m : /^Nguồn: Chỉ thị 05-CT\/TW; Nghị quyết 160\/NQ-CP/m);
    },
  );

  it('to be heard: no list marks, the status said once in words', async () => {
    const spoken = await first('soan tin phat loa ve chi thi 05');
    expect(spoken).not.toMatch(/^- /m);
    expect(spoken).not.toContain('(tham khảo)');
    // Its one reported line ("Từ 01/07/2025 … hai cấp …, giai đoạn 2026–2035 …") states no figure: its status is said, not as "con số"
    // (was "Lưu ý: các con số trên là số liệu tham khảo", of the 1–1,5% the Ban Bí thư set, which is verified).
    // Round 20: on the Nguồn line (was 'Lưu ý: một số thông tin trên chỉ để tham khảo').
    expect(spoken).toMatch(/^Nguồn: .*; có thông tin tham khảo/m);
    expect(spoken).not.toContain('con số');
  });

  it('guard: a question on what the Chỉ thị says (no post asked) is still answered from the documents that carry it out', async () => {
    // What the Chỉ thị itself is ('chi thi 05 la gi': its date, issuer, targets) is the entry's since round 15 (residents-round15-supports).
    expect(await first('chi thi 05 noi gi ve giam ngheo')).toContain('Chỉ thị 05 không có trong các văn bản trợ lý lưu');
  });
});
