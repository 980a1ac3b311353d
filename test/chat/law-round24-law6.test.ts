/**
 * Round 24 (law helper law6, 04/12/2026): the law of December 2026 / January 2027 as residents and cadres ask it. Figures come from
 * rules/ (shared/facts/updates-2026.md), each with its source and status; [?] is said "chưa rõ", never a figure.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const TODAY = '2026-12-04';
const { first } = conversationsAt(TESTED_ON, 'law24law6');

describe('a 3,3% loan rate asked by a near-poor or newly-escaped household is answered for that class', () => {
  // Was the note of poor households in 30a districts ("Lãi suất 3,3%/năm cho hộ nghèo ở huyện nghèo …, không còn huyện nghèo"),
  // whoever asked. updates-2026.md: 3,3 % poor in 30a districts, near-poor 7,92 % (VBSP 2018) [M]; ≤ 130 % of the poor rate
  // (QĐ 15/2013) [M]; 8,25 % newly escaped (supports.md) [M]; 2026 rates [?].
  it.each(['ho can ngheo vay lai suat 3,3% phai ko', 'nha tui can ngheo, vay nhcsxh dc lai 3.3% 1 nam dung ko ad'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text.startsWith('Theo số liệu đã công bố (tham khảo), 3,3%/năm không phải lãi suất cho hộ cận nghèo: đó là lãi suất cho hộ nghèo ở huyện nghèo (huyện 30a) do Ngân hàng Chính sách xã hội công bố năm 2018.'), text).toBe(true);
    expect(text).toContain('Với hộ cận nghèo, số liệu công bố trước đây là 7,92%/năm, không quá 130% lãi suất cho hộ nghèo theo Quyết định 15/2013/QĐ-TTg (tham khảo).');
    expect(text).toContain('Lãi suất áp dụng năm 2026 dữ liệu của trợ lý chưa có, bạn hỏi Ngân hàng Chính sách xã hội (chưa rõ).');
    expect(text).not.toContain('Lãi suất 3,3%/năm cho hộ nghèo ở huyện nghèo (huyện 30a) là số liệu');
  });

  it('"nha tui moi thoat ngheo vay nhcsxh lai 3.3% dung ko ad": the rate of households just out of poverty', async () => {
    const text = await first('nha tui moi thoat ngheo vay nhcsxh lai 3.3% dung ko ad');
    expect(text.startsWith('Theo số liệu đã công bố (tham khảo), 3,3%/năm không phải lãi suất cho hộ mới thoát nghèo'), text).toBe(true);
    expect(text).toContain('Với hộ mới thoát nghèo, số liệu công bố trước đây là 8,25%/năm (tham khảo).');
    expect(text).toContain('(chưa rõ)');
  });

  it('guard: a poor household, or no class named, keeps the note of the 30a districts', async () => {
    for (const question of ['ho ngheo vay lai suat 3,3% phai ko', 'vay nhcsxh lai suat 3,3% phai ko']) {
      const text = await first(question);
      expect(text.startsWith('Lãi suất 3,3%/năm cho hộ nghèo ở huyện nghèo (huyện 30a) là số liệu Ngân hàng Chính sách xã hội công bố năm 2018 (tham khảo).'), text).toBe(true);
      expect(text).not.toContain('không phải lãi suất cho hộ cận nghèo');
    }
  });
});

describe('the day a document took effect, or that it is not known, from rules/documents.yaml', () => {
  // Was what the document is the basis of, the day asked never answered ("Quyết định 14/2025/QĐ-TTg (ký ngày 29/05/2025; …):
  // văn bản về …"; "Nghị định 176/2025/NĐ-CP: căn cứ của …"). updates-2026.md: QĐ 14/2025 29/5/2025 [M], in force [?]; NĐ 176/2025
  // from 01/7/2025 [M]; TT 07/2021 18/7/2021, amended by TT 02/2022 30/3/2022 [M], in force [?]; QĐ 417/QĐ-BNNMT 31/01/2026,
  // effective on signing [V].
  it.each(['qd 14/2025 co hieu luc chua', 'quyet dinh 14/2025 ve gia dien ap dung tu khi nao vay ad'])('"%s": not known, said so, no day given', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.startsWith('Ngày có hiệu lực của Quyết định 14/2025/QĐ-TTg: chưa rõ.'), text).toBe(true);
      expect(text).toContain('ký ngày 29/05/2025');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toMatch(/hiệu lực từ \d/);
    }
  });

  it.each([
    ['nghi dinh 176 ap dung tu khi nao', 'Nghị định 176/2025/NĐ-CP có hiệu lực từ 01/07/2025 (tham khảo). Nguồn: dantri.com.vn, 09/11/2025.'],
    // Round 27 (status9): a verified day's source says its status, as a reported one's does ("(tham khảo)" on the day).
    ['qd 417 co hieu luc tu ngay nao', 'Quyết định 417/QĐ-BNNMT có hiệu lực từ 31/01/2026. Nguồn: nhansu.vn; baotintuc.vn (phần đầu văn bản; đã kiểm tra).'],
    ['Nghị định 238/2025/NĐ-CP có hiệu lực từ ngày nào?', 'Nghị định 238/2025/NĐ-CP có hiệu lực từ 03/09/2025 (tham khảo). Nguồn: vietnam.vn.'],
  ])('"%s": the day first, its status and source', async (question, lead) => {
    const text = await first(question);
    expect(text.startsWith(lead), text).toBe(true);
  });

  it('"thong tu 07 con hieu luc ko": its date and amendment (tham khảo), its day in force not known, then the 2022–2025 period', async () => {
    const text = await first('thong tu 07 con hieu luc ko');
    expect(text).toContain(
      '• Thông tư 07/2021/TT-BLĐTBXH: văn bản về phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo và mẫu biểu giai đoạn 2022–2025 (sửa đổi bởi Thông tư 02/2022/TT-BLĐTBXH), ký ngày 18/07/2021 (tham khảo); ngày có hiệu lực chưa rõ (nguồn: thuvienphapluat.vn',
    );
    expect(text).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào (chưa rõ)');
  });

  it('"qd 14/2025 con hieu luc ko": what the data has of it, not a passage', async () => {
    const text = await first('qd 14/2025 con hieu luc ko');
    expect(text).toMatch(/^Quyết định 14 còn áp dụng không: dữ liệu của trợ lý có những điều sau\.\n• Quyết định 14\/2025\/QĐ-TTg: văn bản về cơ cấu biểu giá bán lẻ điện, ký ngày 29\/05\/2025 \(tham khảo\); ngày có hiệu lực chưa rõ/);
  });

  it('"qd 46/2015 co hieu luc tu ngay nao": from 01/01/2016 (tham khảo), and whether it holds after the Luật Việc làm 2025 not known (was "được thay bằng … (chưa rõ)")', async () => {
    const text = await first('qd 46/2015 co hieu luc tu ngay nao');
    expect(text.startsWith('Quyết định 46/2015/QĐ-TTg có hiệu lực từ 01/01/2016 (tham khảo).'), text).toBe(true);
    expect(text).toContain('từ 01/01/2026, Luật Việc làm 2025 có hiệu lực; văn bản này còn được áp dụng hay không chưa rõ');
    expect(text).not.toContain('được thay bằng Luật Việc làm 2025');
  });

  it('guard: "nd 176 noi j" keeps what it is the basis of, without the dates asked of no one', async () => {
    const text = await first('nd 176 noi j');
    expect(text.split('\n')[0]).toBe(
      'Nghị định 176/2025/NĐ-CP: căn cứ của trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) từ 01/07/2025 (tham khảo); căn cứ của trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) từ 01/07/2025 (tham khảo).',
    );
  });
});
