/**
 * Round 40 (short33): texts outreach staff ask to share into Zalo groups ("soạn tin", "viết bài").
 * 1. A rumour's rebuttal opens with its verdict ("Không đúng: …"), before any heading (was the heading first, the verdict under it).
 * 2. An invitation to the village meeting on the review, this year's schedule not known: the days to be filled in by the cadre
 *    (was "Rà soát định kỳ hằng năm từ 01/09 đến 14/12" said flatly above "chưa rõ … lịch rà soát áp dụng năm 2026").
 * 3. The post against CCCD scams says to report to UBND cấp xã or công an xã as advice, with no status (no stored document says it;
 *    was "(tham khảo)", its basis the assistant's own advice).
 * 4. The card on identity papers says the assistant never asks for a CCCD as how it works, with no status (was "(đã kiểm tra)",
 *    its basis "Cách trợ lý làm việc"; rules/reference.yaml `product`).
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short33-outreach');
const OCTOBER_2025 = conversationsAt(new Date('2025-10-06T03:00:00Z'), 'short33-outreach-2025');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a rumour rebuttal opens with its verdict', () => {
  for (const request of [
    'Có người nói vay vốn ngân hàng chính sách giờ lãi 0%, đúng không? soạn tin trả lời.',
    'viết bài cho nhóm zalo: nghe nói năm 2027 hộ nghèo bị cắt hết hỗ trợ, có đúng không',
    'viết 3 dòng bác bỏ tin đồn chuẩn nghèo mới là 1,9 triệu',
    'viết 2 câu bác bỏ tin đồn chuẩn nghèo mới là 1,9 triệu',
  ]) {
    it(`"${request}": "Không đúng: …" is the first line, the heading after it`, async () => {
      const post = await DECEMBER.first(request);
      expect(post.split('\n')[0]).toMatch(/^Không đúng: /u);
      expect(post.match(/Không đúng: /gu)).toHaveLength(1);
      expect(post).toContain('Nguồn:');
      expect(post).toContain(CADRE);
    });
  }
});

describe('an invitation to the village meeting on the review', () => {
  it('"soạn tin mời bà con họp thôn bình xét hộ nghèo" on 06/12/2026: the days left for the cadre, this year\'s schedule chưa rõ', async () => {
    const post = await DECEMBER.first('soạn tin mời bà con họp thôn bình xét hộ nghèo');
    expect(post).not.toContain('01/09 đến 14/12');
    expect(post).toContain('Đợt rà soát năm 2026 ở xã: từ ngày …/…/2026 đến ngày …/…/2026 (cán bộ xã điền theo lịch UBND cấp xã thông báo).');
    expect(post).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026. (chưa rõ)');
    expect(post).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
  });

  it('guard: on 06/10/2025, within the procedure\'s own period, the schedule is said', async () => {
    const post = await OCTOBER_2025.first('soạn tin mời bà con họp thôn bình xét hộ nghèo');
    expect(post).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12');
    expect(post).not.toContain('cán bộ xã điền theo lịch');
  });
});

describe('the post against CCCD scams: reporting to the police is advice, with no status', () => {
  it('"Soạn tin nhắc bà con không đưa CCCD cho người lạ nhận làm hồ sơ hộ nghèo"', async () => {
    const post = await DECEMBER.first('Soạn tin nhắc bà con không đưa CCCD cho người lạ nhận làm hồ sơ hộ nghèo');
    const line = post.split('\n').find((one) => one.includes('công an xã'));
    expect(line).toBe('- Thấy người khả nghi nhận làm hồ sơ, đòi giấy tờ hay tiền, bà con nên báo UBND cấp xã hoặc công an xã nơi mình cư trú.');
    // The lines the documents do say keep their status and source.
    expect(post).toContain('(tham khảo)');
    expect(post).toContain('Nguồn: Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; Quyết định 24/2021/QĐ-TTg.');
  });
});

describe('the assistant never asking for a CCCD is how it works, not a policy fact', () => {
  it('"bà con hỏi có người lạ đòi cccd làm hồ sơ hộ nghèo thì sao": the line with no status and no basis', async () => {
    const card = await DECEMBER.first('co nguoi la doi cccd lam ho so ho ngheo cho nha tui, co dc ko');
    const line = card.split('\n').find((one) => one.includes('không bao giờ hỏi số CCCD'));
    expect(line).toBe('• Trợ lý Giảm nghèo không bao giờ hỏi số CCCD hay ảnh giấy tờ; ai nhắn xin những thứ đó nhân danh trợ lý là giả.');
    expect(card).not.toContain('Cách trợ lý làm việc');
    expect(card).not.toContain('Khuyến nghị của trợ lý');
  });

  it('rules/reference.yaml identity_papers: no line with a status cites the assistant as its basis', () => {
    const entry = loadRules().reference.find((one) => one.id === 'identity_papers')!;
    expect(entry.lines.filter((line) => /trợ lý/iu.test(line.basis))).toEqual([]);
    expect(entry.product).toEqual(['Trợ lý Giảm nghèo không bao giờ hỏi số CCCD hay ảnh giấy tờ; ai nhắn xin những thứ đó nhân danh trợ lý là giả.']);
  });
});
