/** The "Chia sẻ" / "Báo sai" callback data: what is encoded decodes to the same subject, within Telegram's 64 ASCII bytes. */
import { describe, expect, it } from 'vitest';
import { answerRow, decodeAnswerAction, encodeAnswerAction, type AnswerAction } from '../../src/chat/actions.ts';

describe('answer actions', () => {
  it.each<AnswerAction>([
    { verb: 'share', about: { rules: 's2027-x1900000' } },
    { verb: 'report', about: { rules: 'u-health_insurance_premium-n' } },
    { verb: 'share', about: { supportsOf: 'ngheo' } },
    { verb: 'share', about: { supportsOf: '' } },
    { verb: 'report', about: { set: 'a1B_', index: 2 } },
  ])('%j round-trips', (action) => {
    const data = encodeAnswerAction(action);
    expect(data).toMatch(/^[\x21-\x7e]{1,64}$/);
    expect(decodeAnswerAction(data)).toEqual(action);
  });

  it.each(['share', 'share:r:', 'report:result', 'report:cancel', 'share:a1B_:x', 'share:r:a:b', 'menu:check'])('"%s" is no answer action', (data) => {
    expect(decodeAnswerAction(data)).toBeUndefined();
  });

  it('the row is "Chia sẻ" then "Báo sai"', () => {
    expect(answerRow({ supportsOf: 'canngheo' })).toEqual([
      { label: 'Chia sẻ', action: 'share:h:canngheo' },
      { label: 'Báo sai', action: 'report:h:canngheo' },
    ]);
  });
});
