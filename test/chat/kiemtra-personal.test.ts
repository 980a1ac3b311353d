/**
 * Review 8: "/kiemtra" with the household head's name and phone in it. The name, its title and the phone are no household
 * fact: left out before the line is read (never money, a member count or an indicator), said, and never kept or logged;
 * the rest is read as the same line without them. Classes by hand for 15/03/2026 (rural line 1.500.000, NĐ 07/2021).
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';

const opened: Harness[] = [];
afterAll(() => opened.forEach((harness) => harness.close()));
const fresh = async () => {
  const harness = await openHarness();
  opened.push(harness);
  return harness;
};
const PERSONAL = /0912|345|678|Nguyen|Bay|Hoa|Tran/;

describe('/kiemtra with a name and a phone number in it', () => {
  it('a cadre’s quick line with the head’s name and phone reads as the line without them', async () => {
    const h = await fresh();
    // 1.400.000 per person ≤ 1.500.000 with BHYT lacking: hộ cận nghèo.
    const plain = await h.say('/kiemtra nt 4ng 1.4tr bhyt', 'plain');
    expect(plain.text).toContain('hộ cận nghèo');
    const named = await h.say('/kiemtra nt 4ng 1.4tr bhyt Nguyen Van A 0912345678', 'named');
    expect(named.text).toContain('Mình bỏ qua tên và số điện thoại');
    expect(named.text.replace(/^.*\n+/, '')).toBe(plain.text);
    expect(named.text).not.toMatch(PERSONAL);
  });

  it('“ong Bay dt 0912-345-678 nt 4ng 1.4tr bhyt”: “Bay” is nobody’s seven and “dt” no telephone indicator', async () => {
    const h = await fresh();
    const plain = await h.say('/kiemtra nt 4ng 1.4tr bhyt', 'plain');
    const turn = await h.say('/kiemtra ong Bay dt 0912-345-678 nt 4ng 1.4tr bhyt', 'bay');
    expect(turn.text.replace(/^.*\n+/, '')).toBe(plain.text);
    expect(turn.text).not.toContain('viễn thông');
  });

  it('a resident’s sentence with a name and phone: the rest read as without them, and nothing of them kept after consent', async () => {
    const h = await fresh();
    const plain = await h.say('/kiemtra nha o nong thon 4 nguoi thu nhap ca nha 6tr', 'plain');
    const turn = await h.say('/kiemtra chi Hoa 0912 345 678 nha o nong thon 4 nguoi thu nhap ca nha 6tr', 'hoa');
    expect(turn.text).toContain('Mình bỏ qua tên và số điện thoại');
    expect(turn.text.replace(/^.*\n+/, '')).toBe(plain.text);
    // 6.000.000 for the household of 4 in the countryside: read, not the phone's digits.
    expect(turn.text).toContain('6.000.000 đồng/tháng ÷ 4 người = 1.500.000 đồng/người/tháng');
    expect(turn.text).not.toMatch(PERSONAL);
    await h.press(actionOf(turn, 'Đồng ý lưu'), 'hoa');
    const raw = new Database(h.databasePath, { readonly: true });
    try {
      // Keys are keyed hashes (no user id is stored): every session row is read; only this one has consented.
      const kept = raw.prepare<[], string>('SELECT value FROM sessions').pluck().all().join('\n');
      expect(kept).toContain('"members":4');
      // The message a fact came from is kept as a keyed hash of its reference (random letters: "FBayn4O4…" held "Bay" by
      // chance once); the hashes are checked to be hashes, then left out of the search for the name and the phone.
      const refs = [...kept.matchAll(/"m":"([^"]*)"/g)].map((match) => match[1]!);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ref).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(kept.replace(/"m":"[^"]*"/g, '"m":""')).not.toMatch(PERSONAL);
    } finally {
      raw.close();
    }
    expect(h.logs.join('\n')).not.toMatch(PERSONAL);
  });

  it('“Tran Thi B sdt 0987654321 nt …”: the area alias is read once the name no longer makes the line a sentence', async () => {
    const h = await fresh();
    const plain = await h.say('/kiemtra nt 4ng 1.4tr bhyt', 'plain');
    const turn = await h.say('/kiemtra Tran Thi B sdt 0987654321 nt 4ng 1.4tr bhyt', 'tran');
    expect(turn.text.replace(/^.*\n+/, '')).toBe(plain.text);
  });
});
