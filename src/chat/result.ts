/**
 * A household check result as a reply: class, reasons with numbers, "không rõ" answers and what
 * they change, margins, supports with their basis, next steps, and the date and standard used.
 * Everything comes from the rules engine's CheckResult; this file only arranges it.
 */
import { CLASS_LABELS, formatDate, type CheckResult, type FactStatus, type SupportResult } from '../rules/index.ts';
import type { Button, Reply, Span } from './types.ts';
import { bold, bullets, DECISION_NOTE, plain } from './replies.ts';

const STATUS_NOTES: Record<FactStatus, string> = {
  verified: '',
  reported: ' (tham khảo: nội dung tóm tắt, chưa đối chiếu nguyên văn)',
  unknown: ' (chưa có thông tin chắc chắn, hỏi UBND cấp xã)',
};

/** Short status tags after a name or a figure. */
export const STATUS_TAGS: Record<FactStatus, string> = { verified: '', reported: ' (tham khảo)', unknown: ' (chưa rõ)' };

/** One support in a list: name, basis and how sure the fact is; the details are one button away. */
export function supportLine(support: SupportResult): string {
  return `${support.name} (căn cứ: ${support.basis})${STATUS_TAGS[support.status]}`;
}

/** One support in full: what, amount, basis, status and where to apply. */
export function describeSupport(support: SupportResult): string {
  const amount = support.amount ? ` Mức: ${support.amount}.` : '';
  return `${support.name}: ${support.what}${amount} Căn cứ: ${support.basis}.${STATUS_NOTES[support.status]} Nơi làm: ${support.whereToApply}`;
}

function section(title: string, items: readonly string[] | undefined): Span[] {
  if (!items || items.length === 0) return [];
  return [bold(`\n\n${title}\n`), plain(bullets(items))];
}

function standardLine(result: CheckResult): string {
  const { standard } = result;
  const until = standard.validTo ? ` đến ${formatDate(standard.validTo)}` : '';
  return `${standard.document}, ${standard.article} (áp dụng từ ${formatDate(standard.validFrom)}${until})`;
}

/** The full result. `intro` states what the result was computed from (e.g. the quick-check tokens). */
export function resultReply(result: CheckResult, options: { intro?: string; buttons?: Button[][] }): Reply {
  const className = CLASS_LABELS[result.classification];
  const spans: Span[] = [];
  if (options.intro) spans.push(plain(`${options.intro}\n\n`));
  spans.push(
    bold(`Kết quả sàng lọc (tham khảo): ${className.toUpperCase()}\n`),
    plain(`Tính theo chuẩn: ${standardLine(result)}, ngày ${formatDate(result.asOf)}.`),
  );
  if (result.provisional) {
    spans.push(plain(`\n⚠️ Kết quả tạm tính: ${(result.provisionalReasons ?? []).join(' ') || 'một phần của chuẩn chưa được xác nhận.'}`));
  }
  spans.push(
    ...section('Vì sao:', result.reasons),
    ...section('Các câu trả lời "không rõ" và ảnh hưởng:', result.unsure),
    ...section('Điều có thể làm thay đổi kết quả:', result.margins),
    ...section(
      'Hỗ trợ có thể được hưởng (một số chỉ áp dụng khi hộ có điều kiện riêng, ví dụ có con đi học; bấm "Chi tiết hỗ trợ" để xem điều kiện, mức và nơi làm thủ tục):',
      result.supports.map(supportLine),
    ),
    ...section('Bước tiếp theo:', result.nextSteps),
    plain(`\n\n${DECISION_NOTE}`),
  );
  return options.buttons ? { spans, buttons: options.buttons } : { spans };
}

/** One line for a problem report: enough for a cadre to reproduce the result, nothing that identifies the user. */
export function resultSubject(result: CheckResult): string {
  return [
    `Kết quả kiểm tra: ${result.classification}`,
    `chuẩn ${result.standard.id}`,
    `ngày ${result.asOf}`,
    `thu nhập/người ${result.incomePerPerson}`,
    `thiếu hụt [${result.deprivations.join(', ')}]`,
    `rules ${result.rulesVersion}`,
  ].join('; ');
}
