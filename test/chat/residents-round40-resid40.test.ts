/**
 * Round 40 resid40: residents' conversations the round-39 tryout still got wrong, typed as on Zalo (07/12/2026), no diacritics.
 * 1. "tui phai lam sao" right after the disputed result's card ("xa noi nha tui thoat ngheo roi ma tui van kho"): how to ask again,
 *    what to bring and whom to ask (the procedure's Mẫu số 04 and papers steps); was that whole card again, word for word.
 * 4. "vo tui mat som, tui nuoi 2 dua nho, co tro cap j ko": condolences, the monthly social allowance card (a single parent of a
 *    poor household), then the check offered; was a check started from "3 người". ("vo tui mat" in the lexicon never matched the
 *    words read: "tui" is read "toi", and "vo" before "mat" was read "vào".)
 *    "ba xa tui mat nam ngoai, tui nuoi 2 con, …" (Southern "bà xã") the same; was a check started too.
 * 5. "nam nay co phai lam lai ho so ho ngheo ko": the yearly review (the data's answer on filing again first); was the
 *    lost-certificate card, its "làm lại". "nam sau co phai dang ky lai ho ngheo ko": the same; was the 2027 standard's card.
 * 2. "gio ai phu trach", "gio co quan nao lo", "giờ ai lo hộ nghèo", "vay huyen ko con thi ai lo" right after the ministry note: the
 *    note's lines naming who handles it, as "ai lo" gets; were the ministry explainer or a province's passage found by search.
 * 3. "ko hiu" twice: the second time said more simply (one question to type, one button, the cadre); was the same reply again.
 * 7. "tu 2027 ko co internet co bi tinh thieu ko": the threshold "chưa rõ" with the cadre to ask (was "UBND cấp xã rà soát");
 *    "nam 2027 ho trung binh la bao nhieu", "chuan ho trung binh 2027": the 2027 middle band not known, the cadre to ask; were an
 *    explainer found by search ("hỏi Ủy ban nhân dân cấp xã").
 * 6, 8 (guards, right already): the near-poor supports with a status on every figure; students' loans not in the data.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, expectBriefConsent } from './harness.ts';

const { after, ask, first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'r40-resid40');

const DISPUTED = 'xa noi nha tui thoat ngheo roi ma tui van kho';
const DISPUTED_CARD = 'Hộ không đồng ý với kết quả bình xét, rà soát';

describe('what to do now, right after the disputed result', () => {
  it.each([['tui phai lam sao'], ['vay gio tui phai lam gi'], ['gio lam sao ad']])('"%s": how to ask again, what to bring, whom; not the card again', async (said) => {
    const answer = await after([DISPUTED], said);
    expect(answer).toContain('Giấy đề nghị (Mẫu số 04');
    expect(answer).toContain('mang theo Giấy đề nghị');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toContain('(tham khảo)');
    expect(answer).not.toContain(DISPUTED_CARD);
    expect(answer).not.toContain('Trình tự khiếu nại');
  });

  it('guard: "tui phai lam sao" after why a household is not recognised still disputes it (the card)', async () => {
    expect(await after(['sao nha tui bi cat ho ngheo vay'], 'tui phai lam sao')).toContain(DISPUTED_CARD);
  });
});

describe('a widowed parent raising children asks for an allowance', () => {
  it.each([
    ['vo tui mat som, tui nuoi 2 dua nho, co tro cap j ko'],
    ['vo tui mat roi, tui nuoi 3 dua con, co dc ho tro j ko'],
    ['tui goa vo nuoi 2 con nho co dc tro cap ko'],
    ['ba xa tui mat nam ngoai, tui nuoi 2 con, ho ngheo co tien tro cap ko'],
  ])('"%s": condolences, the allowance card, the check offered; no check started', async (said) => {
    const answer = await first(said);
    expect(answer).toMatch(/^Xin chia buồn cùng bạn\./);
    expect(answer).toContain('Trợ cấp xã hội hằng tháng');
    expect(answer).toContain('người đơn thân thuộc hộ nghèo đang nuôi con');
    expect(answer).toContain('Xem trước hộ mình thuộc diện nào');
    expect(answer).not.toContain('Mình sẽ hỏi thêm vài câu');
  });

  it('guard: a household told with its income ("nha tui 4 nguoi, vo tui mat roi, thu nhap 3tr, o que") is checked', async () => {
    // The class first and the consent question in brief since round 43 resid46 (was "Mình sẽ hỏi thêm vài câu …").
    const told = await first('nha tui 4 nguoi, vo tui mat roi, thu nhap 3tr, o que');
    expect(told).toContain('÷ 4 người = 750.000 đồng/người/tháng');
    expectBriefConsent(told);
  });

  it('guard: "ba gia 80 tuoi chong mat roi o 1 minh, …" (round 34 tryout21) keeps the pension card, condolences first', async () => {
    const answer = await first('ba gia 80 tuoi chong mat roi o 1 minh, con cai di lam xa, co dc tien j ko');
    expect(answer).toMatch(/^Xin chia buồn cùng bạn\.\n\nTrợ cấp hưu trí xã hội/);
  });

  it('guard: no condolences for an allowance asked without a death ("me don than nuoi con co dc tro cap ko")', async () => {
    expect(await first('me don than nuoi con co dc tro cap ko')).not.toContain('chia buồn');
  });
});

describe('filing again this year', () => {
  it.each([['nam nay co phai lam lai ho so ho ngheo ko'], ['moi nam co phai lam lai ho so ho can ngheo ko'], ['nam nay co can lam lai giay to ho ngheo ko'], ['nam sau co phai dang ky lai ho ngheo ko']])(
    '"%s": the yearly review, not the lost certificate',
    async (said) => {
      const answer = await first(said);
      expect(answer).toContain('Danh sách hộ nghèo, hộ cận nghèo được rà soát lại mỗi năm');
      expect(answer).not.toContain('Mất, hư Giấy chứng nhận');
    },
  );

  it('guard: "nam sau nha tui con la ho ngheo ko" is still whether the household stays on the list from 01/01/2027', async () => {
    expect(await first('nam sau nha tui con la ho ngheo ko')).toContain('Từ 01/01/2027 hộ còn là hộ nghèo, hộ cận nghèo không');
  });

  it('guard: "mat giay chung nhan ho ngheo lam lai sao" is still the lost certificate', async () => {
    expect(await first('mat giay chung nhan ho ngheo lam lai sao')).toContain('Mất, hư Giấy chứng nhận');
  });
});

const MINISTRY = 'bo lao dong con lo giam ngheo ko';

describe('who handles it now, right after the ministry note, in other words than "ai lo"', () => {
  it.each([['gio ai phu trach'], ['gio co quan nao lo'], ['giờ ai lo hộ nghèo'], ['gio ai lo cho dan'], ['vay huyen ko con thi ai lo']])(
    '"%s": the note\'s own lines naming who handles it, not an explainer found by search',
    async (said) => {
      const answer = await after([MINISTRY], said);
      expect(answer).toMatch(/^Về câu bạn vừa hỏi \(ai phụ trách\), theo dữ liệu chính sách:/);
      expect(answer).toContain('Bộ Nông nghiệp và Môi trường');
      expect(answer).toContain('UBND cấp xã nơi hộ cư trú');
      expect(answer).not.toContain('Giải thích ngắn');
      expect(answer).not.toContain('Theo văn bản');
    },
  );
});

describe('"ko hiu" twice', () => {
  it('the second time is said differently: simpler, one example, the button, the cadre', async () => {
    const [once, twice] = await ask('ko hiu', 'ko hiu');
    expect(twice).not.toBe(once);
    expect(twice).toContain('“hộ cận nghèo được gì”');
    expect(twice).toContain('Các chính sách hỗ trợ');
    expect(twice).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(twice?.length).toBeLessThan(once?.length ?? 0);
  });

  it('"hok hieu j het" after it too; a question after it is answered as a first one', async () => {
    const [, twice, asked] = await ask('ko hiu', 'hok hieu j het', 'ho can ngheo dc gi');
    expect(twice).toContain('Xin lỗi bạn, mình nói gọn hơn');
    expect(asked).toContain('Hỗ trợ cho hộ cận nghèo');
  });
});

describe('"chưa rõ" of 2027 with whom to ask', () => {
  it('"tu 2027 ko co internet co bi tinh thieu ko": the threshold not known, and the cadre to ask', async () => {
    const answer = await first('tu 2027 ko co internet co bi tinh thieu ko');
    expect(answer).toContain('Ngưỡng thiếu hụt của chỉ số này chưa rõ');
    expect(answer).toContain('bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it.each([['nam 2027 ho trung binh la bao nhieu'], ['chuan ho trung binh 2027']])('"%s": the 2027 middle band not known (chưa rõ), the cadre to ask', async (said) => {
    const answer = await first(said);
    expect(answer).toContain('Hộ có mức sống trung bình năm 2027: chưa có con số (chưa rõ)');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Giải thích ngắn');
  });
});

describe('guards on what the tryout checked and found right', () => {
  it.each([['hộ cận nghèo thì được chi'], ['ho can ngheo dc nhung gi']])('"%s": the near-poor supports from the rules, every figure with its status', async (said) => {
    const answer = await first(said);
    expect(answer).toContain('Hỗ trợ cho hộ cận nghèo');
    const figured = answer.split('\n').filter((line) => line.startsWith('- ') && /\d/.test(line.replace(/\d+\/\d+\/\d+|\d+\/20\d\d\/[A-ZĐ-]+|\d{2,4}\/QH\d+/gu, '')));
    expect(figured.length).toBeGreaterThan(0);
    for (const line of figured) expect(line).toMatch(/\((?:tham khảo|đã kiểm tra|chưa rõ)\)|chưa rõ/u);
  });

  it.each([['con tui dau dai hoc, nha ngheo co dc vay tien di hoc ko'], ['nha ngheo co dc vay tien cho con hoc dai hoc ko']])(
    '"%s": no students\' loan in the data, said first; the bank and the commune to ask; no figure of its own',
    async (said) => {
      const answer = await first(said);
      expect(answer).toMatch(/^Dữ liệu chính sách của trợ lý không có quy định riêng về vay vốn tín dụng chính sách cho sinh viên đi học/);
      expect(answer).toContain('Ngân hàng Chính sách xã hội');
      expect(answer).toContain('UBND cấp xã');
      expect(answer).not.toMatch(/\d[\d.]* đồng/u);
    },
  );
});
