/**
 * Round 23 (law helper law3, 04/12/2026): the law in December 2026 and from 01/01/2027 as residents and cadres ask it. Each case
 * fails on the round-22 code (28956a8) unless marked a guard. Statuses and figures are those of shared/facts (updates-2026.md
 * over the older files), worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'law23law3');

describe('a paper or a card said to run out at the end of the year, with no date, is answered for 01/01/2027', () => {
  // Was today's card ("chưa rõ văn bản và lịch rà soát áp dụng năm 2026"): "hết hạn cuối năm" was read as 31/12/2026 itself, while
  // "hết hạn 31/12" already meant the day after it. Now as the dated form: the list does not change by itself on 01/01/2027 (tham
  // khảo), the 2027–2030 figures, and what is not known, with the commune cadre.
  it.each([
    ['giay chung nhan ho ngheo het han cuoi nam thi sao', 'Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào'],
    ['so ho can ngheo cua tui het han nam nay roi lam sao', 'Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào'],
    ['the bhyt ho can ngheo het han cuoi nam thi sao', 'Thẻ hết hạn được cấp tiếp hay hộ phải làm lại'],
    ['the bao hiem y te ho ngheo het han het thang 12 roi sao', 'Thẻ hết hạn được cấp tiếp hay hộ phải làm lại'],
  ])('"%s"', async (question, unknown) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      expect(text).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó; hộ giữ loại hộ đã được công nhận cho đến khi được rà soát theo chuẩn mới và Chủ tịch UBND cấp xã công nhận kết quả (tham khảo)');
      // Round 25 (short7): the 2027 figures and the review's steps are one typed question away, no longer in this answer.
      expect(text).toContain('Xem đủ: gõ “chuẩn nghèo 2027”');
      expect(text).toContain(unknown);
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('năm 2026');
    }
  });

  it('guard: the certificate asked with no expiry keeps the card of this year', async () => {
    const text = await first('giay chung nhan ho ngheo co gia tri bao lau');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
  });
});

describe('the pension cards shown together say where to apply once', () => {
  // Was "Nơi làm: UBND cấp xã (nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội)." closing each NĐ 176/2025 card, and the NĐ 20/2021
  // allowance's "Nơi làm: UBND cấp xã (…)" after it: the same office said two times in one answer. Now once, after the cards.
  it.each([
    ['tro cap nguoi gia ho ngheo', ['nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội']],
    // Round 34 (short24): said in brief (ages told, the monthly allowance beside the pension), the office alone; what is filed
    // there is on the whole card, "chi tiết".
    ['ong ba tui 73 tuoi ho ngheo dc tro cap gi', []],
  ])('"%s"', async (question, needs) => {
    const text = await first(question);
    expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo');
    expect(text.match(/Nơi làm/g), text).toHaveLength(1);
    expect(text).toContain(`Nơi làm: UBND cấp xã${needs.length > 0 ? ` (${needs.join('; ')})` : ''}.`);
  });

  it('guard: one card keeps its own place', async () => {
    const text = await first('tro cap huu tri xa hoi la gi');
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội/);
    expect(text).toContain('Nơi làm: UBND cấp xã (nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội).');
  });
});

describe('a document asked says each thing once, with its source', () => {
  // Was, for TT 07/2021: "Khi rà soát, thu nhập của hộ được ước tính bằng phiếu … điểm A …, điểm B …" then "Điều dữ liệu có là cách
  // chấm điểm khi rà soát: điểm A …, điểm B …" and "Khi rà soát, cán bộ ước tính thu nhập … (điểm A) …" (three entries); asked if it
  // still applies, "Phiếu, mẫu và cách chấm điểm … 2026–2030 (văn bản thay Thông tư 07/2021) chưa được kiểm tra" then "Văn bản quy
  // định mẫu phiếu và cách chấm điểm cho rà soát giai đoạn 2026–2030 (thay Thông tư 07/2021/TT-BLĐTBXH) chưa được ban hành …".
  it.each(['thong tu 07/2021 quy dinh gi', 'tt 07/2021 noi gi vay ad'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Điểm A (thu nhập ước tính qua phiếu): 140 điểm tương ứng 1.500.000 đồng/người/tháng ở nông thôn');
    expect(text).toContain('được sửa đổi bởi Thông tư 02/2022/TT-BLĐTBXH (tham khảo)');
    expect(text.match(/chấm điểm/g), text).toHaveLength(1);
    expect(text).not.toContain('Điều dữ liệu có là');
  });

  it.each(['thong tu 07/2021 con ap dung ko', 'tu 1/1/2027 con dung thong tu 07 ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text.match(/giai đoạn 2026–2030/g), text).toHaveLength(1);
    expect(text).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  // Was the title, then "Quyết định 24/2021/QĐ-TTg có hai quy trình: …, giai đoạn 2022 – 2025." saying the title again.
  it.each(['quyet dinh 24/2021 con hieu luc ko', 'qd 24/2021 nam nay con ap dung k'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('ký ngày 16/07/2021, hiệu lực từ 01/09/2021');
    expect(text).not.toContain('có hai quy trình');
    expect(text).toContain('Đợt rà soát cuối năm 2026 (để có danh sách hộ nghèo, hộ cận nghèo năm 2027)');
    expect(text).toContain('Nghị định 131/2025/NĐ-CP và Thông tư 13/2025/TT-BNNMT (tham khảo)');
  });

  it('guard: the forms asked alone keep the line pointing to the scores', async () => {
    expect(await first('phieu A phieu B dung de lam gi')).toContain('Điều dữ liệu có là cách chấm điểm khi rà soát');
  });
});

describe('the NQ 261/2025 benefit card tags what is reported, and says the unknown start in words, once', () => {
  // Was "… chưa rõ (tham khảo). Người từ 75 tuổi … cũng được chi trả 100% (tham khảo; thời điểm bắt đầu cũng chưa rõ)": an unknown
  // under the reported tag, twice; and for the elderly "(nghị quyết có hiệu lực từ 01/01/2026, còn ngày bắt đầu của từng mức …)"
  // after the effective date already said.
  it.each(['ho can ngheo di kham dc bhyt chi tra 100% chua', 'nam 2027 ho can ngheo kham benh bhyt tra bao nhieu'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('hành viên hộ cận nghèo, và người từ 75 tuổi trở lên đang hưởng trợ cấp hưu trí xã hội, sẽ được quỹ bảo hiểm y tế chi trả 100% chi phí khám chữa bệnh trong phạm vi được hưởng (tham khảo), nhưng');
    // The unknown start in words, in the same sentence as the 100 % (round 26: a short reply says its first sentence), once.
    expect(text.split('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ').length - 1).toBe(1);
    expect(text).not.toMatch(/\(tham khảo;[^)]*chưa rõ\)|chưa rõ \(tham khảo\)/);
  });

  it('"ong tui 80 tuoi co dc bhyt mien phi ko"', async () => {
    const text = await first('ong tui 80 tuoi co dc bhyt mien phi ko');
    expect(text).toContain('(tham khảo); thời điểm bắt đầu áp dụng mức 100% này chưa rõ.');
    expect(text).not.toContain('ngày bắt đầu của từng mức');
  });
});

describe('the policy credit card says "tham khảo" once after its basis', () => {
  // Was "Căn cứ: … theo Ngân hàng Chính sách xã hội (tham khảo) (tham khảo: nội dung tóm tắt, chưa đối chiếu nguyên văn)" and
  // "… 130% của hộ nghèo, tham khảo) (tham khảo: …)": the basis and the status note both said it.
  it.each(['ho ngheo vay von lai suat bao nhieu', 'ho can ngheo vay ngan hang chinh sach lai bao nhieu nam 2026'])('"%s"', async (question) => {
    const text = await first(question);
    // Round 29: the status in the one citation format (cited), as every other "Căn cứ"; was "(tham khảo: nội dung tóm tắt, …)".
    // Round 44 (cadre46): the decree or decision itself is checked (supports.md [V]), said so; the figures keep "tham khảo" in the text.
    expect(text).toMatch(/Căn cứ: (Nghị định 78\/2002|Quyết định 15\/2013)[^\n]*(?: \(|; )đã kiểm tra\)\./);
    expect(text).toContain('(tham khảo');
    expect(text).not.toMatch(/tham khảo\)? \(tham khảo/);
  });
});

describe('TT 13/2025 asked says once that who now does the former district steps is not known', () => {
  // Was "Cơ quan nào nay làm từng việc trước đây của cấp huyện trong rà soát … chưa được kiểm tra ở đây (chưa rõ)" and "Nội dung
  // từng điều của Nghị định 35/2025/NĐ-CP, và cơ quan nào nay làm từng việc trước đây của cấp huyện trong rà soát, chưa được kiểm tra".
  it.each(['thong tu 13/2025 la gi', 'tt 13/2025/TT-BNNMT quy dinh j'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Thông tư 13/2025/TT-BNNMT (ngày 19/06/2025, hiệu lực 01/07/2025)');
    expect(text.match(/cơ quan nào nay làm từng việc trước đây của cấp huyện/gi), text).toHaveLength(1);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('guard: the ministry asked keeps what is not known of NĐ 35/2025', async () => {
    expect(await first('bo nao quan ly giam ngheo bay gio')).toContain('Nội dung từng điều của Nghị định 35/2025/NĐ-CP, và cơ quan nào nay làm');
  });
});

describe('the 2027 change list says "tham khảo" once for the telecom criterion', () => {
  // Was "Chỉ số “Sử dụng dịch vụ viễn thông”: theo nguồn tham khảo, nội dung này được nêu là tiêu chí “…” (tham khảo)".
  it.each(['nam 2027 co gi thay doi', 'tu 1/1/2027 chuan ngheo thay doi gi'])('"%s"', async (question) => {
    const text = await first(question);
    // Round 29 (mend29c): said as added (was "Chỉ số “Sử dụng dịch vụ viễn thông”: nội dung này được nêu là tiêu chí …").
    const line = text.split('\n').find((each) => each.includes('Thêm tiêu chí “Sử dụng dịch vụ số, Internet”'));
    expect(line).toContain('Thêm tiêu chí “Sử dụng dịch vụ số, Internet” (dự thảo gọi là “Sử dụng dịch vụ viễn thông”) (tham khảo)');
    expect(line!.match(/tham khảo/g)).toHaveLength(1);
  });
});

describe('the 30a poor districts asked are answered with the two-level government and the poor communes', () => {
  // Was the explainer's Chỉ thị 05 target ("đến năm 2030 về cơ bản không còn huyện nghèo"), read as if districts still were.
  it.each(['huyen ngheo 30a con ko', 'nam 2027 huyen ngheo 30a con duoc ho tro ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Từ 01/07/2025 không còn cấp huyện');
    expect(text).toContain('xã nghèo');
    expect(text).not.toContain('về cơ bản không còn huyện nghèo');
  });
});

describe('a support of middle households asked of 2027 says the new standard has no middle threshold yet', () => {
  // updates-2026.md: hộ có mức sống trung bình for 2027–2030 (whether defined in NĐ 351, its thresholds) [?]. Was the 30% BHYT card
  // for 01/01/2027 alone, as if which households are "mức sống trung bình" then were settled.
  it.each(['nam 2027 ho co muc song trung binh dc ho tro bhyt ko', 'sang nam ho muc song trung binh lam ruong con dc ho tro bao hiem y te hok'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Ngưỡng hộ có mức sống trung bình giai đoạn 2027–2030 chưa được công bố hoặc chưa được kiểm tra, nên chưa xếp được hộ có thu nhập trên chuẩn cận nghèo (chưa rõ).');
    expect(text).toContain('tối thiểu 30% mức đóng bảo hiểm y tế');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('guard: asked of this year, no such line', async () => {
    expect(await first('ho lam nong nghiep co muc song trung binh dc ho tro bhyt bao nhieu')).not.toContain('giai đoạn 2027–2030 chưa được công bố');
  });
});

describe('the policy credit line of a class list says "tham khảo" once', () => {
  // Was "Vay vốn tín dụng chính sách: Số liệu công bố trước đây (tham khảo, chưa kiểm tra …) là … lãi suất 6,6%/năm (tham khảo)".
  it.each([
    ['ho ngheo nam 2027 dc nhung ho tro gi', 'lãi suất 6,6%/năm'],
    ['ho moi thoat ngheo dc nhung gi', 'lãi suất 8,25%/năm'],
  ])('"%s"', async (question, rate) => {
    const text = await first(question);
    const line = text.split('\n').find((each) => each.includes('Số liệu công bố trước đây'))!;
    expect(line).toContain(rate);
    expect(line.match(/tham khảo/g), line).toHaveLength(1);
  });
});
