import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInput, readHouseholdMessage, readLeadingYesNo, readRequest, readSupportsQuestion, readYesNo } from '../../src/chat/input.ts';
import { loadRules } from '../../src/rules/index.ts';
import { readMemberCount } from '../../src/rules/understand.ts';

const rules = loadRules();
const household = (text: string) => readHouseholdMessage(text, rules, '2026-12-01');

describe('readYesNo', () => {
  it('reads everyday answers with or without diacritics', () => {
    for (const yes of ['Có', 'co', 'CÓ!', 'có ạ', 'vâng', 'dạ', 'ừ', 'đúng rồi']) expect(readYesNo(yes)).toBe('yes');
    for (const no of ['Không', 'khong', 'ko', 'k', 'không có', 'chưa', 'hong']) expect(readYesNo(no)).toBe('no');
    for (const unsure of ['không rõ', 'khong ro', 'ko biết', 'chưa biết', 'kb']) expect(readYesNo(unsure)).toBe('unsure');
  });

  it('does not read a sentence as an answer', () => {
    expect(readYesNo('có được hỗ trợ bảo hiểm không')).toBeUndefined();
    expect(readYesNo('')).toBeUndefined();
  });
});

describe('readLeadingYesNo: an answer that starts with yes/no words and goes on (findings8 C2)', () => {
  it('reads the first words of an answer with its detail', () => {
    for (const yes of ['co, ba noi ko co the bhyt', 'dạ có, thằng út thất nghiệp', 'co. ba noi chua lam the', 'co, nhung ba noi thi khong']) expect(readLeadingYesNo(yes), yes).toBe('yes');
    for (const no of ['hok, ca nha co bhyt het', 'ko co, ca nha co the het', 'ko ai that nghiep', 'k, ko ai']) expect(readLeadingYesNo(no), no).toBe('no');
    expect(readLeadingYesNo('ko biet nua')).toBe('unsure');
  });

  it('reads no question, no lack stated with "ko co …", no polite "dạ" as an answer', () => {
    for (const text of ['co dc ho tro j ko', 'co phai lam giay ko', 'có?', 'ko co the', 'ko co bhyt', 'dạ, nhà tui 5 người', 'co']) {
      expect(readLeadingYesNo(text), text).toBeUndefined();
    }
  });

  it('needs a comma after the words when the message names something else', () => {
    expect(readLeadingYesNo('co ba noi ko co the bhyt', true)).toBeUndefined();
    // A "có" opening a statement affirms what follows (review6 M3): "có đi làm hết", "có thẻ hết rồi" are no "Có".
    for (const text of ['co di lam het', 'co the het roi', 'co di hoc du het', 'co viec lam on dinh', 'da co the het roi']) expect(readLeadingYesNo(text), text).toBeUndefined();
    expect(readLeadingYesNo('co, ba noi ko co the bhyt', true)).toBe('yes');
  });
});

describe('readMemberCount', () => {
  it('finds a count in digits, short words or family words', () => {
    expect(readMemberCount('4')).toBe(4);
    expect(readMemberCount('nhà có 5 người')).toBe(5);
    expect(readMemberCount('bốn')).toBe(4);
    expect(readMemberCount('mười hai')).toBe(12);
    expect(readMemberCount('hai vợ chồng với 3 đứa con')).toBe(5);
    expect(readMemberCount('nhiều lắm')).toBeUndefined();
  });
});

describe('household messages in free text', () => {
  it('leaves a support the data has none of, asked with no fact told, to the answers', () => {
    for (const text of ['nha tui ngheo co dc ho tro tien nuoc ko', 'hộ nghèo như nhà em có được hỗ trợ hóa đơn nước không', 'nha toi ngheo dc ho tro nuoc sach ko']) {
      expect(household(text), text).toBeUndefined();
    }
    expect(household('nha em 4 nguoi o que, khong co nuoc sach, co dc ho ngheo ko')?.understood).toMatchObject({ members: 4, deprivations: ['water_source'] });
  });

  it('recognises a household check and what it states, with or without diacritics', () => {
    for (const text of ['nhà tôi 4 người thu nhập 5 triệu có được hộ nghèo không', 'nha toi 4 nguoi thu nhap 5 trieu co duoc ho ngheo khong']) {
      expect(household(text)?.understood).toMatchObject({ area: null, members: 4, monthlyIncome: 5_000_000 });
    }
    expect(household('Gia đình em ở xã, mỗi người 1tr2 một tháng, có thuộc diện cận nghèo không?')?.understood).toMatchObject({
      area: 'rural',
      members: null,
      monthlyIncomePerPerson: 1_200_000,
    });
    expect(household('nhà mình có được xét hộ nghèo không')?.missing).toEqual(['area', 'members', 'monthlyIncome']);
  });

  it('recognises a household told without asking anything', () => {
    expect(household('nhà em 4 người ở quê, cả nhà kiếm chừng 5 triệu một tháng, chưa có bảo hiểm y tế')?.understood.deprivations).toEqual(['health_insurance']);
    expect(household('hai vo chong voi 3 dua con, o nong thon, lam thue duoc 6tr/thang')?.understood.members).toBe(5);
  });

  it('leaves policy questions to the search', () => {
    expect(household('hộ nghèo được hỗ trợ những gì')).toBeUndefined();
    expect(household('chuẩn nghèo năm 2026 là bao nhiêu')).toBeUndefined();
    expect(household('thu nhập 5 triệu')).toBeUndefined();
    expect(household('hộ nghèo ở nông thôn có được vay vốn không')).toBeUndefined();
    expect(household('nhà không có nhà vệ sinh thì được hỗ trợ gì')).toBeUndefined();
    // A support named without the household's income: the support's entry answers, not the check.
    expect(household('be di mau giao co dc tien com trua ko, nha e ho ngheo')).toBeUndefined();
    expect(household('nha mik ngheo co dc giam tien dien hok')).toBeUndefined();
    expect(household('me don than nuoi con ho ngheo co dc tro cap xa hoi ko')).toBeUndefined();
    // With the income told, it is the household's check (its result lists the supports).
    expect(household('nha toi 4 nguoi o que thu nhap 3tr co dc ho tro tien dien ko')?.understood.members).toBe(4);
  });

  it('leaves a renting situation asked about without facts to the explainers, but reads a household that rents', () => {
    expect(household('nha tui o nha thue co dc xet ho ngheo ko')).toBeUndefined();
    expect(household('gia dinh em o tro tren thanh pho thi co duoc cong nhan ho can ngheo khong')).toBeUndefined();
    expect(household('nhà mình thuê nhà ở thì có được xét hộ nghèo không ạ')).toBeUndefined();
    // Facts told: the check reads them, renting or not.
    expect(household('nha tui 3 nguoi o tro 15m2, thu nhap 4tr/thang, co dc ho ngheo ko')?.understood.members).toBe(3);
  });
});

describe('readSupportsQuestion', () => {
  it('reads a request for the list of supports of a class, as people type it', () => {
    expect(readSupportsQuestion('hộ cận nghèo được hỗ trợ gì')).toBe('near_poor');
    expect(readSupportsQuestion('ho ngheo dc nhung ho tro j')).toBe('poor');
    expect(readSupportsQuestion('nha can ngheo thi dc huong cai j')).toBe('near_poor');
    // "v" is "vậy", not the "vay" of "vay vốn".
    expect(readSupportsQuestion('ho ngheo dc nha nuoc giup nhung gi v')).toBe('poor');
    expect(readSupportsQuestion('moi thoat ngheo thi huong che do nao')).toBe('newly_escaped');
    expect(readSupportsQuestion('được hưởng những chính sách gì')).toBe('');
    expect(readSupportsQuestion('ho ngheo co duoc ho tro khong')).toBe('poor');
  });

  it('leaves a named support, the procedure and narrower asks to their own source', () => {
    expect(readSupportsQuestion('ho ngheo co duoc ho tro vay von ko')).toBeUndefined();
    expect(readSupportsQuestion('hộ cận nghèo được hỗ trợ bhyt bao nhiêu')).toBeUndefined();
    expect(readSupportsQuestion('ho tro ho ngheo nop don o dau')).toBeUndefined();
    // Something named after the benefit, asked yes or no: not the whole list.
    expect(readSupportsQuestion('nam vien dc ho tro tien an uong ko, nha e can ngheo')).toBeUndefined();
    expect(readSupportsQuestion('chuẩn nghèo năm 2027 là bao nhiêu')).toBeUndefined();
  });
});

describe('cleanInput', () => {
  it('never throws and leaves no control or zero-width characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const clean = cleanInput(text);
        expect(clean).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(clean).toBe(clean.trim());
      }),
    );
  });
});

describe('readRequest: deleting the last message in plain words', () => {
  it('reads "xoa tin vua gui" as the last message only, not everything', () => {
    for (const text of ['xoa tin vua gui', 'xoa giup tui cai tin vua gui nha', 'huy tin nhan vua roi di', 'xoa cau tui vua hoi']) expect(readRequest(text), text).toBe('deleteLast');
    for (const text of ['dung xoa tin vua gui', 'lam sao xoa tin vua gui']) expect(readRequest(text), text).toBeUndefined();
    expect(readRequest('xoa het tin nhan cua tui')).toBe('deleteData');
  });
});

describe('readRequest: deleting and stopping in plain words (findings8 C17)', () => {
  it('reads the residents\' words, and not a policy question that says "xóa"', () => {
    for (const text of ['xoa het thong tin cua tui di', 'xoa du lieu', 'xoa thong tin', 'xoa giup tui cau tra loi', 'xoa du lieu cua tui dc ko', 'huy het du lieu cua tui', 'hok muon luu nua, bo het thong tin di']) {
      expect(readRequest(text), text).toBe('deleteData');
    }
    for (const text of ['thoi tui ko muon khai nua', 'thoi khoi', 'huy', 'Hủy', 'thoi']) expect(readRequest(text), text).toBe('stopCheck');
    for (const text of ['nghe noi xoa nha tam nam nay dc ho tro 60 trieu', 'khi nao bi xoa ten khoi danh sach ho ngheo', 'lam sao xoa du lieu', 'du lieu co bi xoa ko', 'thang ut ko lam nua', 'ko muon khai nua thi sao', 'tui muon huy giay chung nhan ho can ngheo', 'bo het tien vao tiet kiem dc ko']) {
      expect(readRequest(text), text).toBeUndefined();
    }
  });
});
