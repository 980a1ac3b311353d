/** Plain-text views of a result and of a standard, for the terminal (cli check, cli standard). */
import type { CheckResult, ClassBetween } from './types.ts';
import type { StandardDescription } from './standard.ts';
import { CLASS_LABELS, residentLabel, STATUS_LABELS, weakerStatus } from './standard.ts';
import { formatDate } from '../text/dates.ts';
import { formatMoney } from './text.ts';
import { betweenLabel } from './evaluate.ts';

const bullet = (items: readonly string[]) => items.map((item) => `  - ${item}`);

/**
 * "Từ 01/01/2027 theo chuẩn mới: hộ cận nghèo (tạm tính)": the class of the same household under the standard starting within
 * the upcoming window (CheckResult.upcoming), in the words of today's result (a class, or the two it lies between); the chat's
 * result and the text report say it alike; `open`, the classes it lies between when indicators never asked decide it
 * (src/chat/settled.ts comingOpen). Undefined without one.
 */
export function upcomingLine(result: CheckResult, open?: ClassBetween): string | undefined {
  const next = result.upcoming;
  if (!next) return undefined;
  const between = open ?? next.between;
  return `Từ ${formatDate(next.from)} theo chuẩn mới: ${between ? betweenLabel(between) : residentLabel(next.classification)}${next.provisional ? ' (tạm tính)' : ''}`;
}

/** `notMentioned`: how many indicators a household description left out (`check --text`), said with the count. */
export function formatCheckReport(result: CheckResult, notMentioned = 0): string {
  const heading = result.between ? betweenLabel(result.between) : CLASS_LABELS[result.classification];
  const unsaid = notMentioned > 0 ? ` trong số đã nêu (${notMentioned} chỉ số chưa nói đến được coi là không thiếu hụt)` : '';
  const lines = [
    `Kết quả (ngày ${formatDate(result.asOf)}): ${heading.charAt(0).toUpperCase()}${heading.slice(1)}${result.provisional ? ' (tạm tính)' : ''}`,
    `Thu nhập bình quân: ${formatMoney(result.incomePerPerson)}/người/tháng; số chỉ số thiếu hụt: ${result.deprivationCount}${unsaid}`,
    `Căn cứ: ${result.standard.document}, ${result.standard.article} [${STATUS_LABELS[result.provisional ? weakerStatus(result.standard.status, 'reported') : result.standard.status]}] (hiệu lực ${formatDate(result.standard.validFrom)} – ${result.standard.validTo ? formatDate(result.standard.validTo) : 'nay'})`,
    '',
    'Vì sao:',
    ...bullet(result.reasons),
  ];
  // "tháng 1 tới có bị xét lại ko": the report says what the chat and --json say of the coming standard (findings21 H02/H23).
  const upcoming = upcomingLine(result);
  if (upcoming) lines.splice(3, 0, `${upcoming}.`);
  if (result.upcoming?.reasons.length) lines.push('', `Vì sao (theo chuẩn từ ${formatDate(result.upcoming.from)}):`, ...bullet(result.upcoming.reasons));
  if (result.provisionalReasons?.length) lines.push('', 'Vì sao chỉ là tạm tính:', ...bullet(result.provisionalReasons));
  if (result.margins.length) lines.push('', 'Điều gì sẽ làm thay đổi kết quả:', ...bullet(result.margins));
  if (result.unsure?.length) lines.push('', 'Các chỉ số chưa rõ:', ...bullet(result.unsure));
  if (result.supports.length) {
    lines.push('', 'Hỗ trợ có thể được hưởng:');
    for (const support of result.supports) {
      lines.push(`  - ${support.name} [${STATUS_LABELS[support.status]}]: ${support.what}`);
      if (support.amount) lines.push(`    Mức: ${support.amount}`);
      lines.push(`    Căn cứ: ${support.basis}. Nơi nộp: ${support.whereToApply}`);
    }
  }
  lines.push('', 'Bước tiếp theo:', ...bullet(result.nextSteps), '', `Dữ liệu quy tắc: ${result.rulesVersion}`);
  return lines.join('\n');
}

/** Columns padded to the widest cell; long cells are left whole (terminals wrap them). */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ').trimEnd());
}

export function formatStandardTable(description: StandardDescription): string {
  const lines = [
    `${description.title}${description.local ? ` (chuẩn riêng của ${description.province})` : ''}`,
    `Căn cứ: ${description.document}, ${description.article}`,
    `Hiệu lực: ${description.validity}; trạng thái: ${description.statusLabel}${description.provisional ? '; TẠM TÍNH' : ''}`,
    '',
    'Chuẩn nghèo (thu nhập bình quân đầu người/tháng):',
    ...table([
      ['Khu vực', 'Ngưỡng', 'Căn cứ'],
      ...description.lines.map((line) => [line.areaName, line.text, line.reference]),
    ]).map((row) => `  ${row}`),
    '',
    'Phân loại theo thu nhập:',
    ...table([
      ['Nông thôn', 'Thành thị', 'Kết quả', 'Trạng thái'],
      ...description.bands.map((band) => [band.rural, band.urban, band.outcome, band.statusLabel]),
    ]).map((row) => `  ${row}`),
    '',
    `Chỉ số thiếu hụt (${description.indicatorsTotal !== undefined ? `${description.indicators.length}/${description.indicatorsTotal} chỉ số` : `${description.indicators.length} chỉ số; số lượng chính thức chưa rõ`}; danh sách: ${STATUS_LABELS[description.indicatorsStatus]}):`,
    ...table([
      ['Dịch vụ', 'Chỉ số', 'Mã', 'Nội dung quy định'],
      ...description.indicators.map((indicator) => [indicator.service, indicator.name, indicator.id, indicator.statusLabel]),
    ]).map((row) => `  ${row}`),
  ];
  if (description.notes.length) lines.push('', 'Ghi chú:', ...bullet(description.notes));
  if (description.provisionalReasons.length) lines.push('', 'Phần chưa được xác nhận:', ...bullet(description.provisionalReasons));
  return lines.join('\n');
}
