/**
 * Round 35 (privacy25): what residents type of an address after "địa chỉ"/"số nhà" in lower case, the kind or the organ of an
 * illness after its name, and a drug addiction, masked before it is kept (Luật 91/2025/QH15: health is sensitive data). Before
 * round 35 "dia chi 45 tran hung dao" was kept as "dia chi [địa chỉ] tran hung dao" (the street left), "ung thu phoi" as
 * "[sức khỏe] phoi", "tam than phan liet" as "[sức khỏe] phan liet", "viem gan b" as "[sức khỏe] b", and "nghien ma tuy", "benh than",
 * "benh gan", "viem phoi", "u nao", "thoai hoa cot song", "gout" as typed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../chat/harness.ts';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';
import { sendEveryWay, type PersonalMessage } from './message-leaks.ts';

describe('masked before it is kept', () => {
  it.each([
    ['dia chi 45 tran hung dao phuong 2, nha tui 4 nguoi', 'tran hung dao'],
    ['so nha 12 le loi, me tui bi benh', 'le loi'],
    ['nha so 7 nguyen trai hem ben hong cho', 'nguyen trai'],
    ['ba tui bi ung thu phoi giai doan cuoi', 'phoi'],
    ['me tui bi ung thu gan, nha ngheo co dc ho tro ko', 'gan'],
    ['chi tui bi tam than phan liet', 'phan liet'],
    ['chong tui nghien ma tuy, tui nuoi 2 con', 'ma tuy'],
    ['con tui nghien ruou suot ngay', 'ruou'],
    ['me tui bi benh than, chay than 3 lan 1 tuan', 'benh than'],
    ['ba tui bi benh gan lau roi', 'benh gan'],
    ['chong tui bi viem phoi nam vien', 'viem phoi'],
    ['me tui bi u nao, nha ngheo co dc ho tro ko', 'u nao'],
    ['ba tui bi thoai hoa cot song ko lam dc', 'thoai hoa'],
    ['ong tui bi gout', 'gout'],
  ])('%s: no "%s"', (text, piece) => {
    expect(maskPersonalData(text)).not.toContain(piece);
  });

  it.each([
    ['me tui bi ung thu phoi', `me tui bi ${MASKS.health}`],
    ['dia chi 45 tran hung dao phuong 2', `dia chi ${MASKS.address} phuong ${MASKS.address}`],
    ['chong tui nghien ma tuy', `chong tui ${MASKS.health}`],
    ['ba tui bi viem gan b, co dc bhyt ko', `ba tui bi ${MASKS.health}, co dc bhyt ko`],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it.each([
    // The policy's words and the household's figures stay.
    'me tui bi ung thu, nha o thue 5tr',
    'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt',
    'nha tui gan cho, o so 5 co dc ho tro ko',
  ])('%s: the household and the policy words as typed', (text) => {
    const masked = maskPersonalData(text);
    for (const kept of ['5 trieu', '5tr', '4 nguoi', '3 tuoi', 'bhyt', 'gan cho'].filter((piece) => text.includes(piece))) expect(masked).toContain(kept);
  });
});

const MESSAGES: readonly PersonalMessage[] = [
  ['dia chi 45 tran hung dao phuong 2, me tui bi ung thu phoi, co dc ho tro ko', ['tran hung dao', 'thu phoi']],
  ['chi tui bi tam than phan liet, chong tui nghien ma tuy, so nha 12 le loi', ['phan liet', 'ma tuy', 'le loi']],
];

describe('in a question kept unanswered, a "Báo sai" comment, and before and after consent', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('no stored row and no log line holds them', async () => {
    harness = await openHarness();
    const { leaks } = await sendEveryWay(harness, MESSAGES);
    expect(leaks).toEqual([]);
  }, 120_000);
});
