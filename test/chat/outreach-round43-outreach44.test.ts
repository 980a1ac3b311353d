/**
 * Round 43 outreach44, on 07/12/2026: outreach staff (commune youth union, women's union, village heads) ask for posts to share in
 * Zalo groups, then edit them. "ngắn hơn nữa" again after a post is that post shorter each time down to a floor, never longer,
 * never another subject (was the electricity notice the same text each time, the meeting notice turned into the monthly review); a
 * correction post says what is wrong and what is right though "Không đúng:" was not typed (was "500.000 đồng không phải là mức của
 * chuẩn nghèo"); "soạn thông báo mời bà con đăng ký rà soát" is an invitation to register (was an explainer quoted, or the village
 * meeting's invitation); a post says nothing to the one who asked; Southern wording says more Southern words; a template filled
 * twice keeps the first fill.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { forReaders, SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-outreach44');
const OUT_OF_SCOPE = 'nằm ngoài phạm vi';
/** The post itself: its text before the buttons' line. */
const post = (reply: string) => reply.split('\nBạn có thể gõ:')[0]!;

describe('"ngắn hơn nữa" again and again after a post: that post, shorter each time down to a floor', () => {
  it('the electricity notice (QĐ 14/2025): shorter each time, still about electricity, the "chưa rõ" kept, then the same at its floor', async () => {
    const [notice, once, twice, floor] = (
      await DECEMBER.ask('soạn thông báo về hỗ trợ tiền điện theo QĐ 14/2025 cho bà con', 'ngắn hơn nữa', 'ngan nua', 'rut gon lai chut')
    ).map(post);
    expect(notice).toContain('Hỗ trợ tiền điện');
    expect(once!.length).toBeLessThan(notice!.length);
    expect(twice!.length).toBeLessThan(once!.length);
    expect(floor!.length).toBeLessThanOrEqual(twice!.length);
    for (const shorter of [once, twice, floor]) {
      expect(shorter).toContain('Hỗ trợ tiền điện');
      expect(shorter).toContain('(chưa rõ)');
      expect(shorter).toContain('Nguồn: Quyết định 14/2025/QĐ-TTg');
      expect(shorter).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(shorter).not.toContain('Bạn có thể hỏi');
    }
  });

  it('the village meeting notice: shortened, still the periodic review with its "chưa rõ" schedule, never the monthly review', async () => {
    const [notice, ...shorter] = (await DECEMBER.ask('soạn thông báo họp thôn về rà soát hộ nghèo', 'ngắn hơn nữa', 'ngắn hơn nữa')).map(post);
    expect(notice).toContain('Rà soát định kỳ hằng năm');
    let before = notice!.length;
    for (const text of shorter) {
      expect(text).toContain('Rà soát định kỳ hằng năm');
      expect(text).not.toContain('Rà soát thường xuyên');
      // The days of the periodic review are never said flatly: the schedule of 2026 stays "chưa rõ".
      expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
      expect(text.length).toBeLessThanOrEqual(before);
      before = text.length;
    }
    expect(shorter[0]!.length).toBeLessThan(notice!.length);
  });

  it('guard: the near-poor supports post still shortens to its first line, as before', async () => {
    const [, once, again] = (await DECEMBER.ask('soạn tin ngắn gửi nhóm zalo: hộ cận nghèo được hỗ trợ gì', 'ngắn hơn nữa', 'ngắn hơn nữa')).map(post);
    expect(once).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(again).toBe(once);
  });
});

describe('a correction post says what is wrong and what is right, "Không đúng:" not typed', () => {
  for (const asked of ['soạn bài đính chính: tin ho ngheo dc 500k/thang la sai', 'viết bài đính chính tin đồn hộ nghèo được 500k mỗi tháng']) {
    it(`"${asked}": "Không đúng: …" then "Đúng là: …" of the social-assistance amount, its condition and status, for bà con`, async () => {
      const text = post(await DECEMBER.first(asked));
      expect(text).toMatch(/^Không đúng: không phải hộ nghèo nào cũng được 500\.000 đồng mỗi tháng\. Đúng là: 500\.000 đồng\/tháng là mức chuẩn trợ giúp xã hội/);
      expect(text).toContain('chỉ khi');
      expect(text).toContain('(tham khảo)');
      expect(text).not.toContain('không phải là mức của chuẩn nghèo');
      expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
      expect(text).not.toContain('Bạn ');
    });
  }

  it('guard: "viết bài ngắn 3 câu đính chính tin đồn: hộ nghèo được phát 2 triệu mỗi tháng" still says no such support', async () => {
    const text = await DECEMBER.first('viết bài ngắn 3 câu đính chính tin đồn: hộ nghèo được phát 2 triệu mỗi tháng');
    expect(text).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
  });
});

describe('an invitation to register for the review', () => {
  for (const asked of ['soạn thông báo mời bà con đăng ký rà soát', 'soan thong bao moi ba con dang ky ra soat', 'soạn thông báo mời bà con đăng ký rà soát hộ nghèo']) {
    it(`"${asked}": who, where (UBND cấp xã), what to bring, the deadline left to fill; no meeting`, async () => {
      const text = post(await DECEMBER.first(asked));
      expect(text).not.toContain(OUT_OF_SCOPE);
      expect(text).toContain('THÔNG BÁO MỜI BÀ CON ĐĂNG KÝ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO');
      expect(text).not.toContain('THƯ MỜI HỌP THÔN');
      expect(text).not.toContain('Giải thích ngắn');
      expect(text).toContain('Hộ gia đình đang gặp khó khăn');
      expect(text).toContain('Nơi đăng ký: UBND xã …');
      expect(text).toContain('Hạn đăng ký: đến hết ngày …/…/….');
      expect(text).toContain('mang theo Giấy đề nghị (Mẫu số 04');
      expect(text).toContain('giấy tờ tùy thân');
      expect(text).toContain('(tham khảo)');
      expect(text).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
      expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars + 100);
    });
  }

  it('"hạn đăng ký 20/12/2026" then "thêm địa điểm nhà văn hóa ấp 3": the deadline kept when the place is filled', async () => {
    const [, deadline, place] = await DECEMBER.ask('soạn thông báo mời bà con đăng ký rà soát', 'hạn đăng ký 20/12/2026', 'thêm địa điểm nhà văn hóa ấp 3');
    expect(deadline).toContain('Hạn đăng ký: đến hết ngày 20/12/2026.');
    expect(place).toContain('Hạn đăng ký: đến hết ngày 20/12/2026.');
    expect(place).toContain('Nơi đăng ký: nhà văn hóa ấp 3.');
  });
});

describe('a template filled twice keeps the first fill', () => {
  it('"thêm giờ họp 8h" then "thêm địa điểm nhà văn hóa ấp 3" after the meeting invitation: both filled in their blanks', async () => {
    const [, hour, place] = await DECEMBER.ask('soạn thư mời họp thôn về rà soát hộ nghèo', 'thêm giờ họp 8h', 'thêm địa điểm nhà văn hóa ấp 3');
    expect(hour).toContain('Thời gian: 8 giờ, ngày …/…/….');
    expect(place).toContain('Thời gian: 8 giờ, ngày …/…/….');
    expect(place).toContain('Địa điểm: nhà văn hóa ấp 3.');
    expect(place).not.toContain('Địa điểm: ….');
    expect(place).not.toContain('Địa điểm nhà văn hóa ấp 3.');
  });

  it('"Nhận đơn ở bộ phận một cửa xã" then "từ thứ 2 đến thứ 6" after the notice: the place kept with the days', async () => {
    const [, place, days] = await DECEMBER.ask('Soạn thông báo thời gian, địa điểm nhận đơn đề nghị công nhận hộ nghèo tại UBND xã', 'Nhận đơn ở bộ phận một cửa xã', 'nhận từ thứ 2 đến thứ 6');
    expect(place).toContain('Địa điểm nhận: bộ phận một cửa xã.');
    expect(days).toContain('Địa điểm nhận: bộ phận một cửa xã.');
    expect(days).toContain('Thời gian nhận: từ thứ Hai đến thứ Sáu.');
  });
});

describe('a post speaks to bà con, never to the one who asked', () => {
  it('what the chat suggests asking it next is left out of a post; whom to ask is said to bà con', () => {
    const text = forReaders(
      'Về tiền điện, trên đây là những gì dữ liệu của trợ lý có. Bạn có thể hỏi tiếp, ví dụ: “còn hộ cận nghèo?”, “được bao nhiêu”.\nXem đủ: gõ “chi tiết”.\nThông tin kiểm tra đến ngày 01/12/2026. Bạn có thể hỏi thêm cán bộ ở UBND cấp xã nơi bạn cư trú.',
    );
    expect(text).not.toContain('Bạn');
    expect(text).not.toContain('gõ');
    expect(text).toContain('Bà con có thể hỏi thêm cán bộ ở UBND cấp xã nơi mình cư trú.');
  });

  for (const asked of ['viết bài đăng zalo về hỗ trợ tiền điện cho hộ nghèo', 'soạn thông báo mời bà con đăng ký rà soát']) {
    it(`"${asked}", then "ngắn hơn nữa": no line to "bạn" in either post`, async () => {
      const [first, shorter] = (await DECEMBER.ask(asked, 'ngắn hơn nữa')).map(post);
      for (const text of [first, shorter]) {
        expect(text).not.toMatch(/Bạn có thể hỏi|nơi bạn cư trú|Bạn gõ/);
      }
    });
  }
});

describe('Southern wording for bà con miền Nam', () => {
  it('"viết lại giọng miền Tây cho bà con" after the social pension of poor households: more Southern words, every figure and status kept', async () => {
    const [, southern] = await DECEMBER.ask('trợ cấp hưu trí xã hội cho hộ nghèo', 'viết lại giọng miền Tây cho bà con');
    const text = post(southern!);
    expect(text).toMatch(/^Bà con mình ơi/);
    expect(text).toContain('từ 70 tới dưới 75 tuổi');
    expect(text).toContain('hông có lương hưu');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ');
    expect(text).toContain('Nguồn: Nghị định 176/2025/NĐ-CP');
    expect(text).toContain('nhen');
    expect(text).not.toContain('Bạn ');
  });
});

describe('the rebuttal of "cận nghèo được miễn 100% viện phí"', () => {
  it('one rebuttal, no card repeated, within a phone reply', async () => {
    const text = post(await DECEMBER.first('viết bài bác bỏ tin đồn cận nghèo được miễn 100% viện phí'));
    expect(text.match(/Phần chưa đúng/g)).toHaveLength(1);
    expect(text.match(/tối thiểu 70% mức đóng/g)).toHaveLength(1);
    expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });
});
