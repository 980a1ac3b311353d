/**
 * Round 31 (faults10): a street's name after an alley's number typed with its pieces ("hẻm 12/4 Nguyễn Trãi") is masked with
 * the number, as after "hẻm 7 Lê Văn Sỹ". Was: the number's pieces ended the place, so the street's name was kept as typed in
 * an unanswered question or a report ("o hem [địa chỉ] Nguyen Trai q5").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('an alley\'s number with its pieces, then the street', () => {
  it.each([
    ['ong Hai xe om o hem 12/4 Nguyen Trai q5 lam sao xin ho can ngheo', 'Nguyen Trai'],
    ['tui o hẻm 12/4 Nguyễn Trãi quận 5, có được hỗ trợ tiền điện ko', 'Nguyễn Trãi'],
    ['nha em o hem 45-47 Le Van Sy p13 hok co bhyt', 'Le Van Sy'],
  ])('"%s": the street is masked', (typed, street) => {
    const masked = maskPersonalData(typed);
    expect(masked).not.toContain(street);
    expect(masked).toContain('[địa chỉ]');
  });

  it('what is not an address stays: "to 12/3 hop luc nao", "hem 5 co ai bi ngap ko"', () => {
    expect(maskPersonalData('hem 5 co ai bi ngap ko')).toContain('co ai bi ngap ko');
    expect(maskPersonalData('ho ngheo o to 12/3 dc ho tro gi')).toContain('dc ho tro gi');
  });
});
