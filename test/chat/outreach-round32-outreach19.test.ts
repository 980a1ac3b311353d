/**
 * Round 32 (outreach19): commune cadres and outreach staff, in the words of test/eval/routing-round32-outreach19.yaml. "viết bài đăng
 * zalo về các chỉ số thiếu hụt giai đoạn 2027-2030" got the income line alone; "Mẫu số 01 là gì" the forms entry under its title
 * (about 1.300 characters, the form asked in its second line) and "hồ sơ đề nghị rà soát gồm mẫu nào" a passage; "chi tiết" after a
 * post on the review or a class's supports the whole card.
 */
import { describe, expect, it } from 'vitest';
import { readTopic } from '../../src/chat/topics.ts';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'outreach19');
const TODAY = '2026-12-05';

describe('a group post on the 2027–2030 indicators lists them', () => {
  it('“viết bài đăng zalo về các chỉ số thiếu hụt giai đoạn 2027-2030”: a line per service, what is new and not known, the rule, the source with its status', async () => {
    const post = await first('viết bài đăng zalo về các chỉ số thiếu hụt giai đoạn 2027-2030');
    expect(post).toMatch(/^Chỉ số thiếu hụt dịch vụ xã hội cơ bản từ 01\/01\/2027 \(chuẩn nghèo đa chiều giai đoạn 2027–2030\):/);
    expect(post).toContain('- Việc làm: Việc làm; Người phụ thuộc trong hộ gia đình (tham khảo).');
    expect(post).toContain('- Thông tin: Sử dụng dịch vụ số, Internet (mới, ngưỡng chưa rõ) (tham khảo).');
    expect(post).toContain('Xử lý rác thải sinh hoạt (mới, ngưỡng chưa rõ) (tham khảo).');
    expect(post).toContain('- Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo).');
    expect(post).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo).');
    expect(post).toContain('- Tên, số lượng và ngưỡng thiếu hụt chính thức của các chỉ số (chưa rõ).');
    expect(post).toContain('Nguồn: Nghị định 351/2025/NĐ-CP (tham khảo).');
    expect(post).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(post.length).toBeLessThan(1200);
  });
  it('“tom tat gui nhom: cac chi so thieu hut nam 2027” and “bài đăng về chỉ số thiếu hụt” keep their readings', async () => {
    expect(await first('soạn bài đăng zalo về các chỉ số thiếu hụt năm 2027')).toContain('- Y tế: Dinh dưỡng; Bảo hiểm y tế (tham khảo).');
    // Today's list with what changes (round 31 tryout18), not the 2027 lines.
    expect(await first('viết bài đăng zalo về các chỉ số thiếu hụt')).toContain('12 chỉ số thiếu hụt dịch vụ xã hội cơ bản: Việc làm: Việc làm, Người phụ thuộc');
  });
});

describe('a form asked leads with that form, shorter', () => {
  it('“Mẫu số 01 là gì”: Mẫu số 01 first, not Mẫu số 04, under 1.000 characters', async () => {
    const answer = await first('Mẫu số 01 là gì');
    expect(answer).toMatch(/^Mẫu số 01: Giấy đề nghị của hộ gia đình dùng trong rà soát định kỳ hằng năm/);
    expect(answer).toContain('(tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg Điều 4 khoản 1.');
    expect(answer).not.toContain('Mẫu số 04:');
    expect(answer).toContain('(chưa rõ)');
    expect(answer.length).toBeLessThan(1000);
  });
  it('“mau so 4 nop cho ai”: Mẫu số 04 first', async () => {
    expect(await first('mau so 4 nop cho ai')).toMatch(/^Mẫu số 04: Giấy đề nghị hộ gia đình nộp khi đề nghị rà soát thường xuyên/);
  });
  it('“hồ sơ đề nghị rà soát gồm mẫu nào”: both forms first (was a passage); “mẫu giáo” is no form', async () => {
    expect(readTopic('hồ sơ đề nghị rà soát gồm mẫu nào', TODAY)).toMatchObject({ kind: 'reference', entryId: 'procedure_forms' });
    const answer = await first('hồ sơ đề nghị rà soát gồm mẫu nào');
    expect(answer).toMatch(/^Mẫu số 01: .*\nMẫu số 04: /);
    expect(answer.length).toBeLessThan(1250);
    expect(readTopic('con học mẫu giáo nào được ăn trưa', TODAY)).not.toMatchObject({ entryId: 'procedure_forms' });
  });
});

describe('“chi tiết” after a group post gives the next level of that post, then the card', () => {
  it('after “tóm tắt cho bà con về rà soát hộ nghèo cuối năm”: every step as a post, then the procedure card', async () => {
    const [post, more, card] = await ask('tóm tắt cho bà con về rà soát hộ nghèo cuối năm', 'chi tiết', 'chi tiết');
    expect(post).not.toContain('Bước 5 của rà soát định kỳ');
    expect(more).toMatch(/^Rà soát, công nhận hộ nghèo, hộ cận nghèo:/);
    // The district step as said to bà con since round 46 outreach51 (the old procedure's step, gone from 01/07/2025).
    expect(more).toContain('- Bước báo cáo Chủ tịch UBND cấp huyện của quy trình cũ không còn từ 01/07/2025');
    expect(more).toContain('- Khi đến UBND cấp xã, mang theo Giấy đề nghị');
    expect(more).toContain('Bà con có thể hỏi trực tiếp');
    expect(more).not.toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg (ký ngày');
    expect(card).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg (ký ngày 16/07/2021');
  });
  it('after “viết bài đăng zalo về hỗ trợ cho hộ cận nghèo”, “cụ thể hơn”: each support with its condition, then the list with details', async () => {
    const [post, more, card] = await ask('viết bài đăng zalo về hỗ trợ cho hộ cận nghèo', 'cụ thể hơn', 'chi tiết');
    expect(post).toMatch(/- Có điều kiện( \(tham khảo\))?: /);
    expect(more).toMatch(/^Hộ cận nghèo được hỗ trợ/);
    // Its condition whole, the groups named (review32: was cut at its colon, "… thuộc một trong các nhóm" and nothing after).
    expect(more).toContain('- Trợ giúp pháp lý miễn phí (tham khảo), chỉ khi: thành viên thuộc một trong các nhóm: người bị buộc tội; người cao tuổi; người khuyết tật;');
    expect(more).not.toMatch(/- Có điều kiện( \(tham khảo\))?: /);
    expect(more).toContain('Bà con có thể hỏi trực tiếp');
    expect(more).not.toContain('Mục ghi "tham khảo"');
    expect(card).toContain('Mục ghi "tham khảo"');
  });
});

describe('posts speak to “Bà con”, answers to one resident to “bạn”', () => {
  it('a message for the group and a resident’s own question on the same support', async () => {
    const post = await first('soạn tin nhắn cho bà con về BHYT cho hộ cận nghèo');
    expect(post).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi mình cư trú.');
    // The buttons' line ("Bạn có thể gõ: Chia sẻ · Báo sai") is the harness's, not the post's.
    expect(post.replace(/\nBạn có thể gõ: .*$/, '')).not.toMatch(/(^|\s)[Bb]ạn\s/);
    const own = await first('nha tui can ngheo the bhyt dc ho tro bn');
    expect(own).toContain('Bạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú.');
    expect(own).not.toContain('Bà con');
  });
});
