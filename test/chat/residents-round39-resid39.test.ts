/**
 * Round 39 resid39: residents' own words the chat misread, typed as on Zalo (06/12/2026), no diacritics, Central and Southern words.
 * 1. "the bhyt thi sao" after the ministry note, "bhyt thi sao" alone: the BHYT premium card (who pays the card of poor and near-poor
 *    members); were the BHYT indicator ("thì sao" read as whether a lack counts). "ko co bhyt thi sao" keeps the indicator.
 * 2. "ai lo" after the ministry note: the note's lines naming who handles it (the ministry, what is not known, UBND cấp xã); was
 *    "câu trả lời phía trên không nêu ai chi trả".
 * 3. "sao mà khó vậy", "rang ma kho rua" alone: what is hard asked back, why a household may not be recognised, whom to ask; were a
 *    plan's passage on job placement.
 * 4. "nha tui ngheo ma ko dc gi" (no "hết"): why a household may not be recognised; was the poor class's supports.
 * 5. "co ai giup do ko" (and "co ai giup ko") after the loan card: whom to ask; were the vocational-training and legal-aid explainers.
 * 6. "xa noi nha tui thoat ngheo roi ma tui van kho": the disputed result (how to ask again); was a plan's passage, then "tui phai
 *    lam sao" the vocational-training explainer.
 * 7. "con tui di bo toi truong …, co dc ho tro xe dap ko": no bicycle support in the data (chưa có, whom to ask), then the pupils'
 *    learning cost; was a plan's passage.
 * 8. "nha tui ho ngheo, tui lai bi benh tieu duong": heard as the user's own illness, the BHYT premium of a poor member (100%); was a
 *    Bình Định plan's passage.
 * 9. "nha tui ko co tien an, co dc vay von ngheo ko": the loan card; was a check started with "Thu nhập cả hộ: 0 đồng".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r39-resid39');

const MINISTRY = 'bo lao dong con lo giam ngheo ko';
const PREMIUM = 'Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách';

describe('"bhyt thi sao": the card, not the indicator', () => {
  it.each([['the bhyt thi sao'], ['bhyt thi sao']])('"%s" after the ministry note: who pays the card of poor and near-poor members', async (said) => {
    const answer = await after([MINISTRY], said);
    expect(answer).toContain(PREMIUM);
    expect(answer).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
    expect(answer).not.toContain('Chỉ số thiếu hụt');
  });

  it.each([['bhyt thi sao'], ['con the bhyt thi sao']])('"%s" alone: the card', async (said) => {
    const answer = await first(said);
    expect(answer).toContain(PREMIUM);
    expect(answer).not.toContain('Chỉ số thiếu hụt');
  });

  it('"ko co bhyt thi sao" (a lack told) keeps the indicator', async () => {
    expect(await first('nha tui ko co bhyt thi sao')).toContain('Chỉ số thiếu hụt');
  });
});

describe('"ai lo" after the ministry note', () => {
  it('who handles it now: the ministry, what is not known, the commune; not "ai chi trả"', async () => {
    const answer = await after([MINISTRY], 'ai lo');
    expect(answer).toMatch(/^Về câu bạn vừa hỏi \(ai phụ trách\), theo dữ liệu chính sách:/);
    expect(answer).toContain('Bộ Nông nghiệp và Môi trường');
    expect(answer).toContain('UBND cấp xã nơi hộ cư trú');
    expect(answer).toContain('(chưa rõ)');
    expect(answer).not.toContain('ai chi trả');
  });
});

describe('a hardship said alone', () => {
  it.each([['sao mà khó vậy'], ['rang ma kho rua'], ['kho qua ad oi']])('"%s": what is hard asked back, why not recognised, whom to ask', async (said) => {
    const answer = await first(said);
    expect(answer).toMatch(/^Bạn thấy khó ở việc gì\?/);
    expect(answer).toContain('nhà tui nghèo mà ko được công nhận');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Theo văn bản');
  });

  it('the example it gives is answered with why a household may not be recognised', async () => {
    expect(await first('nhà tui nghèo mà ko được công nhận')).toContain('Vì sao hộ có thể không được công nhận');
  });
});

describe('poor "but" given nothing, without "hết"', () => {
  it.each([['nha tui ngheo ma ko dc gi'], ['tui ngheo qua ma chang dc gi']])('"%s": why a household may not be recognised, not the supports', async (said) => {
    const answer = await first(said);
    expect(answer).toContain('Vì sao hộ có thể không được công nhận hộ nghèo, hộ cận nghèo');
    expect(answer).not.toContain('Hỗ trợ cho hộ nghèo (áp dụng');
  });

  it('"nha tui la ho ngheo ma ko dc gi" (recognised) still gets its supports', async () => {
    expect(await first('nha tui la ho ngheo ma ko dc gi')).not.toContain('Vì sao hộ có thể không được công nhận');
  });
});

describe('"co ai giup do ko"', () => {
  it.each([['co ai giup do ko'], ['co ai giup ko']])('"%s" after the loan card: whom to ask, no explainer', async (said) => {
    const answer = await after(['ho ngheo dc vay von ko'], said);
    expect(answer).toContain('Về giảm nghèo, bạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Giải thích ngắn');
  });

  it('"co ai giup do ko" alone: as "co ai giup ko"', async () => {
    expect(await first('co ai giup do ko')).toBe(await first('co ai giup ko'));
  });

  it('"ai ho tro" after the loan card still asks who provides it', async () => {
    expect(await after(['ho ngheo dc vay von ko'], 'ai ho tro')).toContain('Về vay vốn tín dụng chính sách cho hộ nghèo (câu bạn vừa hỏi)');
  });
});

describe('told it left the list "but" still poor', () => {
  const DISPUTED = 'xa noi nha tui thoat ngheo roi ma tui van kho';
  it('the disputed result: how to ask again, whom to ask; no passage', async () => {
    const answer = await first(DISPUTED);
    expect(answer).toContain('Hộ không đồng ý với kết quả bình xét, rà soát');
    expect(answer).toContain('Giấy đề nghị (Mẫu số 04)');
    expect(answer).not.toContain('Theo văn bản');
  });

  it.each([['tui phai lam sao'], ['gio tui phai lam sao']])('"%s" after it: how to ask again, not vocational training', async (said) => {
    const answer = await after([DISPUTED], said);
    expect(answer).toContain('Giấy đề nghị (Mẫu số 04)');
    expect(answer).not.toContain('học nghề');
  });
});

describe('a bicycle for school', () => {
  it('"con tui di bo toi truong tu nha mat 1 tieng, co dc ho tro xe dap ko": not in the data, whom to ask, then the school supports', async () => {
    const answer = await first('con tui di bo toi truong tu nha mat 1 tieng, co dc ho tro xe dap ko');
    expect(answer).toMatch(/^Thông tin về hỗ trợ xe đạp, phương tiện hay tiền đi lại cho học sinh đến trường không có trong dữ liệu/);
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toContain('Hỗ trợ chi phí học tập');
    expect(answer).not.toContain('Theo văn bản');
  });
});

describe('the user\'s own illness', () => {
  it('"nha tui ho ngheo, tui lai bi benh tieu duong": heard as the user\'s, the poor member\'s BHYT premium (100%)', async () => {
    const answer = await first('nha tui ho ngheo, tui lai bi benh tieu duong');
    expect(answer).toMatch(/^Mình rất tiếc khi nghe bạn bị bệnh\./);
    expect(answer).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
    expect(answer).not.toContain('Bình Định');
  });

  it('"me tui bi benh tieu duong" is still a relative\'s', async () => {
    expect(await first('me tui bi benh tieu duong, nha tui ho ngheo')).toMatch(/^Mình rất tiếc khi nghe người nhà bạn bị bệnh\./);
  });
});

describe('no money for food', () => {
  it.each([['nha tui ko co tien an, co dc vay von ngheo ko'], ['nha tui hong co tien an com, vay von dc ko']])('"%s": the loan card, no check with income 0', async (said) => {
    const answer = await first(said);
    expect(answer).toContain('Vay vốn tín dụng chính sách');
    expect(answer).not.toContain('Thu nhập cả hộ: 0 đồng');
  });
});
