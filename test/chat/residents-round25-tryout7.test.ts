/**
 * Round 25 (tryout7): messages residents and outreach staff typed on Zalo, written before the round's changes
 * (test/eval/routing-round25-tryout7.yaml). A fee rumour about the village head, a warning post about paying to be listed,
 * whether the certificate still holds next year, and Southern "hổng" typed plain mid-sentence ("hong co ten", "hong dc").
 */
import { describe, expect, it } from 'vitest';
import { writtenForm } from '../../src/text/lexicon/index.ts';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T23:30:00Z'), 'tryout7');

describe('money asked for the list is the fee answer, never the procedure or the file-list help', () => {
  it('“ba hang xom noi dang ky ho ngheo phai dong tien cho truong thon, co hong” says no fee exists (was: the procedure card)', async () => {
    const answer = await first('ba hang xom noi dang ky ho ngheo phai dong tien cho truong thon, co hong');
    expect(answer).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
    expect(answer).toContain('UBND cấp xã');
  });
  it('an outreach post warning of the rumour gets the warning for bà con (was: how to check an Excel list of households)', async () => {
    const answer = await first('viet bai canh bao ba con tin don phai nop tien moi dc vao danh sach ho ngheo');
    expect(answer).toContain('Cảnh báo: cẩn thận với người đòi tiền');
    expect(answer).not.toContain('Kiểm tra cả danh sách hộ');
  });
  it('“ho ngheo co phai dong tien cho con di hoc ko” stays the school support, and a file list stays the list help', async () => {
    expect(await first('ho ngheo co phai dong tien cho con di hoc ko')).not.toContain('khoản phí hay khoản tiền');
    expect(await first('gui file excel danh sach ho de kiem tra')).toContain('Kiểm tra cả danh sách hộ');
  });
});

describe('the certificate asked “qua năm còn xài được không” is its term, not a lost one', () => {
  it('“giay chung nhan ho ngheo cua tui qua nam con xai dc ko hay phai lam lai” (was: “Mất, hư Giấy chứng nhận”)', async () => {
    const answer = await first('giay chung nhan ho ngheo cua tui qua nam con xai dc ko hay phai lam lai');
    expect(answer).toContain('Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo');
    expect(answer).not.toContain('Mất, hư Giấy chứng nhận');
  });
  it('a lost certificate stays lost: “mat giay chung nhan ho ngheo roi lam lai sao”', async () => {
    expect(await first('mat giay chung nhan ho ngheo roi lam lai sao')).toContain('Mất, hư Giấy chứng nhận');
  });
});

describe('Southern “hổng” typed plain before “có”, “được” is “không”', () => {
  it('reads “hong co”, “hong dc” as không, and leaves “bị hỏng” alone', () => {
    expect(writtenForm('ma hong co ten trong danh sach')).toBe('ma không có ten trong danh sach');
    expect(writtenForm('co tivi la hong dc lam ho ngheo')).toBe('co tivi la không được lam ho ngheo');
    expect(writtenForm('nha ve sinh bi hong co sua dc ko')).toBe('nha ve sinh bi hong co sua được không');
  });
  it('“ong noi nha co tivi la hong dc lam ho ngheo nua, thiet hong” says no rule excludes a TV (was: the procedure card)', async () => {
    const answer = await first('ong noi nha co tivi la hong dc lam ho ngheo nua, thiet hong');
    expect(answer).toContain('Không có tiêu chí nào là có ti vi thì bị loại');
  });
  it('“rang nha tui ngheo ma hong co ten trong danh sach ho ngheo” says how to ask to be reviewed (was: “không tìm thấy”)', async () => {
    const answer = await first('rang nha tui ngheo ma hong co ten trong danh sach ho ngheo');
    expect(answer).toContain('Mẫu số 04');
    expect(answer).not.toContain('không tìm thấy');
  });
});

describe('an outreach notice asked with “giúp” between, and a lack asked whether it counts', () => {
  it('“viết giúp thông báo nhắc bà con nộp giấy đề nghị xét hộ nghèo ở UBND xã” is a short text for bà con (was the procedure in full, to “bạn”)', async () => {
    const answer = await first('viết giúp thông báo nhắc bà con nộp giấy đề nghị xét hộ nghèo ở UBND xã');
    expect(answer).toContain('Mẫu số 04');
    expect(answer).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Bạn có thể hỏi');
  });
  it('“nha ko co nuoc may, xai nuoc gieng dao, co bi tinh thieu hut ko” gives the water indicator, not “no water-bill support” first', async () => {
    const answer = await first('nha ko co nuoc may, xai nuoc gieng dao, co bi tinh thieu hut ko');
    expect(answer).toContain('Nguồn nước sinh hoạt');
    expect(answer).not.toContain('không có khoản hỗ trợ tiền nước');
  });
  it('a water support asked keeps saying the data has none: “nha tui xai nuoc gieng co dc ho tro ko”', async () => {
    expect(await first('nha tui xai nuoc gieng co dc ho tro ko')).toContain('không có khoản hỗ trợ tiền nước');
  });
});

describe('how to become a near-poor household, asked as being one', () => {
  for (const text of ['man rang de dc ho can ngheo rua ad', 'muon dc ho can ngheo thi lam sao']) {
    it(`“${text}” gives the procedure: Mẫu số 04 to the Chủ tịch UBND cấp xã (was a passage on QĐ 24/2021 without the steps)`, async () => {
      const answer = await first(text);
      expect(answer).toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo');
      expect(answer).toContain('Mẫu số 04');
    });
  }
  it('“can thu nhap bn de dc ho can ngheo” stays the income line', async () => {
    expect(await first('can thu nhap bn de dc ho can ngheo')).toContain('1.500.000 đồng');
  });
});

describe('Southern “nhiêu” for “bao nhiêu”', () => {
  it('reads “là nhiêu”, plain “la nhieu”, “dc nhieu” closing a question as bao nhiêu, and leaves “nhiều” elsewhere', () => {
    expect(writtenForm('chuan ngheo thanh thi bay gio la nhieu')).toBe('chuan ngheo thanh thi bay gio là bao nhiêu');
    expect(writtenForm('chuẩn nghèo bây giờ là nhiêu')).toBe('chuẩn nghèo bây giờ là bao nhiêu');
    expect(writtenForm('ho tro cat nha dc nhieu')).toBe('ho tro cat nha được bao nhiêu');
    expect(writtenForm('nha tui co nhieu nguoi')).toBe('nha tôi co nhieu nguoi');
    expect(writtenForm('thu nhập bao nhiêu')).toBe('thu nhập bao nhiêu');
  });
  it('“chuan ngheo thanh thi bay gio la nhieu” gets the urban line in a few lines (was the whole card, 4.293 characters)', async () => {
    const answer = await first('chuan ngheo thanh thi bay gio la nhieu');
    expect(answer).toContain('≤ 2.000.000 đồng');
    expect(answer.length).toBeLessThan(1500);
  });
});

describe('a rumour about the line gets the correction and the lines, not the whole card', () => {
  for (const text of ['nghe noi qua nam 2027 chuan ngheo len 2 trieu 2 phai ko ad', 'nghe trong xom noi nam sau bo ho can ngheo luon, that ko ad']) {
    it(`“${text}” answers in under 1.600 characters with the 2027 lines (was the whole 2027–2030 card, 3.330–3.511 characters)`, async () => {
      const answer = await first(text);
      expect(answer).toContain('2.200.000 đồng');
      expect(answer).toContain('Chuẩn nghèo áp dụng năm 2027');
      expect(answer).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
      expect(answer.length).toBeLessThan(1600);
    });
  }
});
