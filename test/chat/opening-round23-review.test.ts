/**
 * Round 23 (tryout4's conversations): a check started from a question that tells nothing of the household ("ho can ngheo la sao
 * vay, nha tui co phai ko") opened "Mình sẽ hỏi vài câu về hộ của bạn. Mình sẽ hỏi thêm vài câu để kiểm tra …": the questions said
 * twice, and "bạn xem lại và sửa được" with nothing understood to review. Now once.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'round23-opening');

describe('the check\'s opening when nothing of the household was told', () => {
  it('"ho can ngheo la sao vay, nha tui co phai ko": says once that questions follow, nothing to review', async () => {
    const text = (await ask('ho can ngheo la sao vay, nha tui co phai ko')).join('\n');
    expect(text).toContain('Mình sẽ hỏi vài câu về hộ của bạn để kiểm tra theo chuẩn nghèo đa chiều.');
    expect(text).not.toContain('Mình sẽ hỏi thêm vài câu');
    expect(text).not.toContain('bạn xem lại và sửa được');
  });
  it('guard: a household told in one message still shows what was understood, to review before the questions', async () => {
    const text = (await ask('nha tui 4 nguoi o que thu nhap 5 trieu')).join('\n');
    expect(text).toContain('Thu nhập cả hộ: 5.000.000 đồng/tháng ÷ 4 người = 1.250.000 đồng/người/tháng, ở nông thôn, ');
    expect(text).toContain('Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.');
  });
});
