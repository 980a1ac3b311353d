/**
 * Round 27 (mend27a, 05/12/2026): what residents see after words9's review. A maternal grandparent's age ("ông ngoại 74
 * tuổi") is that age, not "over" it ("ngoài 70 tuổi"); an illness named after "bị bệnh" or "bệnh … nặng" of a relative gets
 * the illness note first; an ill relative and a complaint asked mid-check at Câu 2 or Câu 3 get their answer and the question
 * waiting; cards answered together keep the oldest "Thông tin kiểm tra đến ngày".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { answerTopic, oneCheckedLine, SICK_MEMBER_ENTRY } from '../../src/chat/topics.ts';
import { loadRules } from '../../src/rules/index.ts';

const DECEMBER = new Date('2026-12-05T03:30:00Z');
const { ask, first } = conversationsAt(DECEMBER, 'round27-mend27a');
// rules/supports/80-social-assistance.yaml social_pension (NĐ 176/2025: 70 to under 75, poor and near-poor households).
const PENSION_70 = 'thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi được hưởng trợ cấp hưu trí xã hội';
const PENSION_CARD = 'Trợ cấp hưu trí xã hội';
const NOT_COUNTED = 'không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh';
const LIST = 'Các chính sách hỗ trợ theo loại hộ';
// rules/reference.yaml disagreeing_result.
const DISAGREEING = 'Hộ không đồng ý với kết quả bình xét, rà soát';

describe('a maternal grandparent\'s age ("ông ngoại", "bà ngoại") is the age told, not "over" it', () => {
  it('"ong ngoai 74 tuoi, dc ho tro gi": the pension of 70 to under 75 (was the 75+ pension first)', async () => {
    const answer = await first('ong ngoai 74 tuoi, dc ho tro gi');
    expect(answer).toContain(PENSION_70);
    expect(answer).toContain('tham khảo');
  });

  it('"bà ngoại 74 tuổi có được hỗ trợ gì ko": the same with diacritics', async () => {
    expect(await first('bà ngoại 74 tuổi có được hỗ trợ gì ko')).toContain(PENSION_70);
  });

  it('"ba ngoai 69 tuoi, nha ngheo dc ho tro gi ko": no pension card for 69 (was the 70 to under 75 card)', async () => {
    const answer = await first('ba ngoai 69 tuoi, nha ngheo dc ho tro gi ko');
    expect(answer).not.toContain(PENSION_70);
    expect(answer).not.toMatch(new RegExp(`^${PENSION_CARD}`, 'm'));
  });

  it('guard: "ba tui ngoai 70 tuoi dc ho tro gi" (over 70) still gets the pension of 70 to under 75', async () => {
    expect(await first('ba tui ngoai 70 tuoi dc ho tro gi')).toContain(PENSION_70);
  });
});

describe('an illness named of a relative', () => {
  it.each([
    'me tui benh tieu duong nang, nha co duoc ho tro gi ko',
    'me tui bi benh tim, nha tui co dc ho tro j ko',
    'con tui bi benh tim bam sinh nha tui dc ho tro j',
  ])('"%s": the illness note first (was every support of every class)', async (message) => {
    const answer = await first(message);
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).not.toContain(LIST);
  });

  it.each([
    'me tui di kham benh co dc bhyt ho tro ko',
    'ba tui nam benh vien, bao hiem benh nhan dc ho tro j ko',
  ])('guard: "%s" is no illness told (no illness note)', async (message) => {
    expect(await first(message)).not.toContain(NOT_COUNTED);
  });

  it('guard: "con tui bi benh bai liet dc ho tro j ko" keeps the disability card', async () => {
    const answer = await first('con tui bi benh bai liet dc ho tro j ko');
    expect(answer).toContain('Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện');
    expect(answer).not.toContain(NOT_COUNTED);
  });
});

describe('an ill relative and a complaint asked mid-check', () => {
  const START = ['tui muon kiem tra ho tui co phai ho ngheo ko', '2', 'nong thon'];

  it('at Câu 2 "ba tui om nang, lam sao de khong dong y ket qua ra soat": the note, the procedure, then Câu 2 (was "Bạn gõ số người…")', async () => {
    const replies = await ask(...START, 'ba tui om nang, lam sao de khong dong y ket qua ra soat');
    const before = (await ask(...START)).at(-1)!;
    const answer = replies.at(-1)!;
    expect(before).toContain('Câu 2/15');
    expect(answer).toContain(NOT_COUNTED);
    expect(answer.indexOf(DISAGREEING)).toBeGreaterThan(answer.indexOf(NOT_COUNTED));
    expect(answer.indexOf('Câu 2/15')).toBeGreaterThan(answer.indexOf(DISAGREEING));
  });

  it('at Câu 3 "me tui bi ung thu, lam sao khieu nai ket qua binh xet": the note, the procedure, then Câu 3 (was "Mình chưa hiểu số tiền…")', async () => {
    const answer = (await ask(...START, '4', 'me tui bi ung thu, lam sao khieu nai ket qua binh xet')).at(-1)!;
    expect(answer).toContain(NOT_COUNTED);
    expect(answer.indexOf(DISAGREEING)).toBeGreaterThan(answer.indexOf(NOT_COUNTED));
    expect(answer.indexOf('Câu 3/15')).toBeGreaterThan(answer.indexOf(DISAGREEING));
    expect(answer).not.toContain('Mình chưa hiểu số tiền');
  });

  it('guard: at Câu 3 "thu nhap 5 trieu 1 thang" is still the income', async () => {
    expect((await ask(...START, '4', 'thu nhap 5 trieu 1 thang')).at(-1)).toContain('Câu 4/15');
  });
});

describe('cards answered together keep the oldest "Thông tin kiểm tra đến ngày"', () => {
  it('"ba tui om nang, lam sao de khong dong y ket qua ra soat" with the illness entry checked earlier: its date, once (was the last card\'s)', () => {
    const rules = loadRules();
    const older = { ...rules, reference: rules.reference.map((entry) => (entry.id === SICK_MEMBER_ENTRY ? { ...entry, checked: '2026-11-20' } : entry)) };
    const day = '2026-12-05';
    const replies = oneCheckedLine([
      ...answerTopic(older, { kind: 'reference', entryId: SICK_MEMBER_ENTRY }, day),
      ...answerTopic(older, { kind: 'reference', entryId: 'disagreeing_result' }, day),
    ]);
    const said = replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');
    expect(said.match(/Thông tin kiểm tra đến ngày [0-9/]+/g)).toEqual(['Thông tin kiểm tra đến ngày 20/11/2026']);
    expect(said.indexOf('Thông tin kiểm tra đến ngày')).toBeGreaterThan(said.indexOf(DISAGREEING));
  });
});
