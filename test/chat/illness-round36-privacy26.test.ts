/**
 * Round 36 (privacy26): an illness only named of a relative ("ong tui bi gout", "me tui bi viem phoi") is heard as an illness, not
 * called grave: which illness is a "bệnh nặng" or a "bệnh hiểm nghèo" is no reading of the assistant's (before round 36 every
 * illness the lexicon names, gout included, got "Mình rất tiếc khi nghe người nhà bạn đang bệnh nặng"). Said grave by the user
 * ("bệnh nặng", "nằm một chỗ", "ung thư", "bệnh … nặng") it still is.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round36-privacy26-illness');

describe('an illness named is not called grave', () => {
  it.each(['ong tui bi gout', 'me tui bi viem phoi', 'ba tui bi benh gut', 'me tui bi thoai hoa cot song'])('"%s": "bị bệnh", never "bệnh nặng"', async (message) => {
    const answer = await first(message);
    expect(answer).toContain('Mình rất tiếc khi nghe người nhà bạn bị bệnh. Trợ lý không tư vấn chữa bệnh');
    expect(answer).not.toContain('bệnh nặng');
    // The policy's lines stay: no disabled member by the illness alone, the premium by class.
    expect(answer).toContain('không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh');
  });

  it.each(['me tui benh tieu duong nang lam', 'ba tui bi ung thu', 'ong xa tui bi benh nam mot cho'])('"%s" (said grave by the user): "đang bệnh nặng"', async (message) => {
    expect(await first(message)).toContain('Mình rất tiếc khi nghe người nhà bạn đang bệnh nặng.');
  });
});
