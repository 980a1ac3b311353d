/**
 * Round 28 (helper status10, 05/12/2026): every policy answer says its source and its status the same way. Was: in a class's list
 * of supports a verified support said no status beside "(tham khảo)" ones ("• Trợ giúp pháp lý miễn phí"); a source with its own
 * bracket said two ("nhansu.vn; baotintuc.vn (phần đầu văn bản) (đã kiểm tra)"); the household check's first screen named no
 * source. Facts: Luật Trợ giúp pháp lý for members of poor households [V] (rules/supports/70-legal-aid.yaml); QĐ 417/QĐ-BNNMT
 * 31/01/2026 [V header]; 2026 keeps NĐ 07/2021 Điều 3 by NĐ 351/2025 [M] (updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt, openHarness } from './harness.ts';

const NOW = new Date('2026-12-05T03:00:00Z');
const { first } = conversationsAt(NOW, 'round28status10');
const TODAY = '2026-12-05';
/** A status said at a line's end, or inside the bracket of its figure ("(tham khảo, chưa kiểm tra …)"). */
const STATUS = /\((?:[^()]*; )?(?:đã kiểm tra|tham khảo|chưa rõ)[^()]*\)/;

describe('a resident asks what a poor household gets: every bullet says its status, a verified one too', () => {
  it.each(['ho ngheo dc ho tro nhung j', 'nha ngheo thi dc ho tro j vay ad'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      // The full list's "• " lines, or the short list's "- " lines (round 32 short20: the resident's question gets the list in
      // short, the rest named by group); the "Chưa rõ …" group says its status in its label; round 34 short24: what does not fit
      // is counted on one "- Còn N khoản …" line (each one "chi tiết" away), itself no support.
      const bullets = text.split('\n').filter((line) => /^(• |- )/.test(line) && !line.startsWith('- Chưa rõ') && !line.startsWith('- Còn '));
      expect(bullets.length, text).toBeGreaterThanOrEqual(4);
      for (const bullet of bullets) expect(bullet, text).toMatch(STATUS);
      expect(text).toMatch(/[•-] (Hỗ trợ khác: )?Trợ giúp pháp lý miễn phí \(đã kiểm tra\)/);
    }
  });
});

describe('one citation format: a source with its own bracket takes its status inside it, never two brackets side by side', () => {
  it('"qd 417 co hieu luc tu ngay nao"', async () => {
    for (const text of [await first('qd 417 co hieu luc tu ngay nao'), askApiText('qd 417 co hieu luc tu ngay nao', TODAY)]) {
      expect(text).toContain('Nguồn: nhansu.vn; baotintuc.vn (phần đầu văn bản; đã kiểm tra).');
      expect(text).not.toContain(') (');
    }
  });

  it('"chuan ngheo 2022 2025 o que la bao nhieu": the 2026 line says NĐ 351/2025 kept it, its status in the same bracket', async () => {
    const text = await first('chuan ngheo 2022 2025 o que la bao nhieu');
    expect(text).toContain('theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo).');
    expect(text).not.toContain(') (');
  });
});

describe('the household check: its first screen names the standard applied, with its status', () => {
  it('"nha tui 4 nguoi o que thang dc 5 trieu", every question "ko", on 05/12/2026: NĐ 351/2025 keeping NĐ 07/2021, tham khảo', async () => {
    const opened = await openHarness({ now: () => NOW });
    try {
      await opened.say('nha tui 4 nguoi o que thang dc 5 trieu');
      let turn = await opened.say('2');
      for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await opened.say('ko');
      const screen = turn.text.slice(turn.text.indexOf('Kết quả sàng lọc'));
      expect(screen).toContain('\nCăn cứ: Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo).\n');
    } finally {
      opened.close();
    }
  });
});
