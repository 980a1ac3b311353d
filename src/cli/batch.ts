/**
 * `cli batch <list.csv|list.xlsx> [--out results.csv|results.xlsx] [--force] [--date D]`: classifies
 * a commune's household list. Every record comes out: classified, or reported by line number on
 * stderr (and in the workbook's "Dòng lỗi" sheet); the summary's counts add up to the list's rows.
 * Exit status: 0 all classified, 3 some rows refused (results still written), 2 nothing done
 * (usage, unreadable file or encoding, missing columns, output refused).
 */
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { extname } from 'node:path';
import type { CliCommand } from './types.ts';
import { parseCommandArgs, readDateOption, usageError } from './args.ts';
import { loadRules } from '../rules/index.ts';
import { BATCH_DEFAULTS } from '../batch/defaults.ts';
import { csvSink } from '../batch/csv.ts';
import { NOTHING_WRITTEN, xlsxSink } from '../batch/xlsx.ts';
import { prepareOutput, removeUploadLeftovers, unwritable, unwritableReason } from '../batch/output.ts';
import { formatSummary, withReadableHeaders } from '../batch/households.ts';
import { openList, runList } from '../batch/run.ts';
import { cellValue, problemPlace, type Cell, type ResultSink, type RowProblem } from '../batch/types.ts';
import { inListFolder } from '../batch/upload.ts';

/** Exit status when the list was processed but at least one row was refused. */
export const EXIT_ROWS_REFUSED = 3;

/** A run stopped by Ctrl-C or kill (SIGINT, SIGTERM) at a progress step; the exit status is the shell's 128 + signal. */
class Interrupted extends Error {
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(signal);
  }
}
const SIGNAL_SAID = { SIGINT: 'Ctrl-C', SIGTERM: 'lệnh kill' } as const;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

const HELP = `Kiểm tra cả danh sách hộ trong một tệp CSV hoặc Excel (.xlsx): mỗi dòng một hộ, hoặc mỗi dòng một người
(danh sách thành viên: các dòng liền nhau cùng mã hộ, hay dưới ô mã hộ gộp, là một hộ).

Cách dùng:
  npm run cli -- batch danh-sach.csv --out ket-qua.csv [--date 15/03/2026]
  npm run cli -- batch danh-sach.xlsx --out ket-qua.xlsx

Cột của tệp vào (dòng tên cột được tìm trong 10 dòng đầu, dòng tiêu đề phía trên không tính; tên cột có dấu
hay không dấu, viết như "Số nhân khẩu", "Tổng thu nhập/tháng", "Các chỉ số thiếu hụt" cũng được; CSV phân cách
bằng "," ";" hoặc tab):
  ma_ho                mã hộ (tùy chọn, được chép sang kết quả)
  khu_vuc              nt / nong thon / xã / rural hoặc tt / thanh thi / phường / urban  (bắt buộc, từng dòng;
                       tên cột "Khu vực", "Địa bàn", "Thành thị/Nông thôn"; địa chỉ như "P.7, Q.Bình Thạnh",
                       "TT. Long Thành", "xã Tân Thành, TP Cà Mau" được đọc như khi trò chuyện)
  so_nguoi             số thành viên (bắt buộc, trừ danh sách thành viên có cột ma_ho hay cột "Quan hệ với chủ hộ":
                       số dòng của hộ được đếm)
  thu_nhap_binh_quan   thu nhập mỗi người mỗi tháng, ví dụ 1500000, "1,5 triệu", 1tr5
  tong_thu_nhap        tổng thu nhập của hộ mỗi tháng (dùng khi không có thu_nhap_binh_quan; có cả hai cột thì
                       hai số được so với nhau, lệch quá làm tròn thì dòng bị từ chối)
                       (tên cột ghi "năm", "(đồng/năm)": thu nhập cả năm, được chia 12; "(1000đ)": số × 1.000;
                       "Tổng thu nhập của hộ (triệu/năm)": 60 là 60 triệu cả năm của cả hộ)
  thieu_hut            các chỉ số thiếu hụt, cách nhau bởi dấu cách, "," hoặc "|": "bhyt nuoc nhatieu",
                       "bảo hiểm y tế, tiếp cận thông tin" (tên chỉ số, có dấu hay không)
  cột từng chỉ số      tùy chọn: tên cột là tên chỉ số, viết tắt và đánh số như "2.2 BHYT", "4.2 DT nhà ở BQ/người",
                       "(10) Nhà tiêu HVS"; ô x, X, ✓ = thiếu hụt, ô trống = không; dưới ô gộp "Các chỉ số thiếu hụt"
                       hay tên cột "Thiếu hụt …" thì có, 1 cũng là thiếu hụt; ô "không đạt" = thiếu hụt, "đạt" = không.
                       Tên cột là thứ hộ có ("BHYT", "Nước sạch", "Nhà vệ sinh", "Internet") hoặc kèm "(có/không)",
                       "(đạt/không)" như "BHYT (có/không)": ô không, chưa = thiếu hụt, có, đạt = không (ô 1, 0 thì hỏi
                       lại; tên cột "Thiếu hụt nước sạch" thì có = thiếu hụt). Cột chỉ ghi "Nhà ở": ô đánh dấu, "tạm",
                       "dột nát" là thiếu ít nhất 1 chỉ số nhà ở (tính là chất lượng nhà ở; thiếu cả diện tích thì ghi
                       thêm cột "Diện tích nhà ở"). Trong danh sách thành viên, dấu ở dòng một người được tính theo quy
                       định của chỉ số (BHYT: một người là đủ; người phụ thuộc, viễn thông: dấu ở vài người thì để
                       "chưa rõ" và ghi lý do)
  khong_ro             các chỉ số chưa rõ (tùy chọn)
  so_chi_so            số chỉ số thiếu hụt (tùy chọn, một con số: "Số chỉ số"), đối chiếu với các cột chỉ số;
                       khác nhau thì dòng bị từ chối
  ngay                 ngày xét, dd/MM/yyyy hoặc yyyy-MM-dd (tùy chọn; mặc định --date, ngày ở dòng đầu hoặc hôm nay;
                       giờ 00:00:00 ghi kèm như tệp xuất từ phần mềm thì bỏ qua)

Tệp CSV: UTF-8 là tốt nhất; tệp Windows-1258, TCVN3 (ABC) hoặc Latin-1 được nhận ra và chuyển đổi.
Tệp Excel: đọc trang tính có dòng tên cột đầu tiên, và mọi trang sau có cùng dòng tên cột (danh sách chia theo thôn);
trang khác được kể tên. Khi tệp có nhiều trang, cột trang_tinh (sau chuan_moi_tam_tinh) ghi trang của từng dòng.
Dòng tên cột có thể nằm trên hai, ba dòng (ô gộp "Thông tin hộ", "Các chỉ số thiếu hụt" trên các cột con; dòng
nhóm "Thiếu hụt về y tế"…; dòng đơn vị như "(triệu đồng/năm)"; dòng đánh số "(1) (2) (3)…" như Biểu 01). Dòng "Cộng
ấp 1", "Tổng thôn 2", "Tổng cộng", dòng chữ ký ("Người lập biểu", "TM. UBND XÃ", "CHỦ TỊCH", tên người ký, "…, ngày …
tháng … năm 2026") và dòng thành viên không phải hộ: vẫn có dòng trong kết quả hoặc được kể trong tổng hợp.
Dòng thành viên ghi dưới dòng chủ hộ (cột "Quan hệ với chủ hộ" ghi vợ, con, cháu…; STT 1.1, 1.2… hoặc để trống; các
cột của hộ để trống) thuộc hộ ở trên: số nhân khẩu để trống (hay không có cột số nhân khẩu) thì đếm theo số dòng; ghi số
khác số dòng thì được nêu lại; người có quan hệ không rõ ("Người ở nhờ") là dòng lỗi, không được đếm vào hộ.
Đối chiếu số ở dòng tổng và dòng số đếm (không dòng hộ nào bị đổi; số khác nhau thì ghi "Cần xem lại" ở cột ly_do
của dòng đó và trong tổng hợp):
  - dòng tổng dưới danh sách ("Tổng cộng", "Cộng", "Tổng số hộ: 12", "Cộng: 12 hộ, 45 nhân khẩu"): số hộ và số nhân
    khẩu so với số đếm được trong danh sách (hộ bị lỗi vẫn được đếm, dòng thành viên không đếm thành hộ);
  - dòng cộng giữa danh sách ("Cộng ấp 1", "Tổng thôn 2"): số ở cột số nhân khẩu, tổng thu nhập so với tổng các dòng
    hộ phía trên nó;
  - dòng chỉ có số đếm ("Thôn 1: 25 hộ", "Số hộ: 3 | Số khẩu: 13", "Số hộ nghèo: 5"), không phải hộ, ma_phan_loai
    footer: số hộ, số nhân khẩu ở đó so với số đếm được đến dòng ấy; số khác (số hộ nghèo, cận nghèo…) không được
    đối chiếu, tổng hợp ghi rõ dòng nào để tự so với phần "Theo nhóm".
Kết quả chép thêm cột ho_ten_chu_ho và thon_ap (họ tên, thôn/ấp như danh sách ghi) ở cuối; dong là số dòng trong tệp vào.

Tùy chọn:
  --out TỆP    Ghi kết quả ra tệp .csv (UTF-8 có BOM, mở thẳng bằng Excel) hoặc .xlsx (trang
               "Kết quả", "Dòng lỗi", "Tổng hợp"). Không có thì in CSV ra stdout, tổng hợp ra stderr.
  --force      Cho phép ghi đè tệp kết quả đã có (không bao giờ ghi đè tệp vào).
  --date D     Ngày xét cho các dòng không có cột ngay (hay để trống ô ngày); được ưu tiên hơn ngày rà soát ghi ở
               dòng đầu ("DANH SÁCH RÀ SOÁT … NGÀY 15/11/2026"). Không có --date: ngày ở dòng đầu, không có thì hôm nay.
               Tổng hợp ghi ngày xét chung đã dùng và lý do.
  --readable-headers
               Dòng tên cột của tệp kết quả bằng chữ tiếng Việt ("Dòng trong danh sách", "Kết quả phân loại"…)
               thay vì mã cột (dong, phan_loai…); các cột và thứ tự không đổi.

Mã thoát: 0 mọi dòng đã phân loại; 3 có dòng lỗi (đã báo theo số dòng; dòng lỗi vẫn có dòng trong kết quả,
ma_phan_loai "error" và lý do ở cột ly_do; các dòng khác vẫn có kết quả);
2 không xử lý được (sai cách dùng, không đọc được tệp hay bảng mã, thiếu cột, tệp kết quả bị từ chối hay không ghi được:
ổ đĩa đầy, thư mục chỉ đọc; khi ấy không để lại tệp dở dang).
Kết quả in ra stdout (không có --out) mà không in hết được (ổ đĩa đầy, lệnh sau dấu “|” đã đóng): cũng mã 2, không có
tổng hợp; thông báo nói số dòng đầu chắc chắn đã in trọn.`;

/** After a result file could not be written (unwritable): what is left and what to do. */
const notWritten = (path: string) =>
  `Tệp “${path}” chưa được ghi (phần đã ghi dở đã xóa, không để lại tệp dở dang); tệp danh sách không bị đổi. Hãy dọn bớt ổ đĩa hoặc chọn thư mục khác cho --out, rồi chạy lại cả danh sách.`;

/**
 * After results on stdout could not be written (stdout a file on a full disk, a pipe whose reader closed): why, and only the
 * rows stdout took whole said as printed. Round 41: was “Lỗi: ENOSPC: no space left on device, write” or “Lỗi: write EPIPE”,
 * status 1, nothing said of the rows.
 */
const notPrinted = (code: string, delivered: { rows: number; last: Cell }) =>
  `Không in hết được kết quả ra stdout: ${unwritableReason(code)}. Kết quả in ra bị cắt giữa chừng (có thể dừng giữa một dòng)${
    delivered.rows > 0 ? `: chắc chắn in trọn chỉ ${delivered.rows} dòng kết quả đầu (đến dòng ${cellValue(delivered.last)} của danh sách)` : ''
  }; chưa có tổng hợp. Tệp danh sách không bị đổi. Hãy chạy lại cả danh sách và ghi kết quả ra tệp (--out ket-qua.csv).`;

async function run(args: string[]): Promise<number> {
  for (const flag of BATCH_DEFAULTS.v8Flags) setFlagsFromString(flag);
  // stderr closed as well (`2>&1 | head`): nothing can be said any more, the exit status still says it (was an uncaught
  // EPIPE, status 1).
  process.stderr.on('error', () => {});
  const parsed = parseCommandArgs('batch', {
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean' }, 'readable-headers': { type: 'boolean' } },
  });
  if (!parsed) return 2;
  const [file] = parsed.positionals;
  if (!file) return usageError('batch', 'Thiếu tên tệp danh sách (.csv hoặc .xlsx).');
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    process.stderr.write(`Không mở được tệp “${file}”.\n`);
    return 2;
  }
  const defaultDate = readDateOption(parsed.values.date);
  if (!defaultDate) return 2;
  const { out, force = false } = parsed.values;
  const target = out === undefined ? null : prepareOutput(file, out, force);
  if (target && !target.ok) {
    process.stderr.write(`${target.message}\n`);
    return 2;
  }
  for (const name of target?.leftovers ?? []) {
    process.stderr.write(`Đã xóa tệp tạm “${name}” (kết quả dở dang, có dữ liệu hộ) của một lần chạy trước bị dừng giữa chừng.\n`);
  }
  const source = openList(file, size);
  if (typeof source === 'string') {
    process.stderr.write(`${source}\n`);
    return 2;
  }
  const rules = loadRules();
  const outputFile = target?.file ?? null;
  let written: ResultSink;
  try {
    written = outputFile && extname(outputFile.path).toLowerCase() === '.xlsx' ? await xlsxSink(outputFile) : csvSink(outputFile);
  } catch (error) {
    const failed = unwritable(error);
    if (!failed || !outputFile) throw error;
    process.stderr.write(`${failed.message} ${notWritten(outputFile.path)}\n(Chi tiết kỹ thuật cho người quản trị: ${failed.code})\n`);
    return 2;
  }
  const shown = parsed.values['readable-headers'] ? withReadableHeaders(written) : written;
  // Ctrl-C or kill stops the run at the next progress step (a second Ctrl-C ends it at once): a file not yet written is
  // removed, results already on stdout end with a record saying they stop there. Was: the process died unsaid, stdout
  // cut in the middle of a row.
  let stopped: 'SIGINT' | 'SIGTERM' | null = null;
  const stop = (signal: 'SIGINT' | 'SIGTERM') => void (stopped = signal);
  process.once('SIGINT', stop).once('SIGTERM', stop);
  /** The line in the list of the last result row written (its first cell, dong), and the rows written. */
  let lastLine: Cell = '';
  let rowsWritten = 0;
  // A run ended before its end (stopped, or the list not readable to its end: a workbook damaged after its first rows) with
  // results on stdout: a last record says they stop there. Was only said when stopped; a damaged workbook's cut was unmarked.
  const partial = () =>
    `KẾT QUẢ DỞ DANG: ${stopped ? `lần kiểm tra bị dừng (${SIGNAL_SAID[stopped]}) trước khi xong` : 'danh sách không đọc được đến cuối (xem thông báo lỗi)'}. Ở trên chỉ có ${rowsWritten} dòng kết quả đầu tiên (đến dòng ${cellValue(lastLine)} của danh sách); các dòng sau chưa được kiểm tra, chưa có tổng hợp. Hãy chạy lại cả danh sách.`;
  const sink: ResultSink = {
    ...shown,
    row(cells) {
      rowsWritten += 1;
      lastLine = cells[0] ?? '';
      return shown.row(cells);
    },
    abort: () => shown.abort(!outputFile && (stopped || rowsWritten > 0) ? partial() : undefined),
  };
  // A MultiBar of one bar, because it can print the refused rows above the bar while it runs.
  // cli-progress is loaded only when there is a terminal to draw on.
  const bars =
    process.stderr.isTTY && size >= BATCH_DEFAULTS.progressMinBytes
      ? new (await import('cli-progress')).MultiBar({ format: 'Đang xử lý [{bar}] {percentage}%', stream: process.stderr })
      : null;
  const bar = bars?.create(100, 0);
  // Without a bar, refused rows go out in one write per progress step (a list can refuse thousands), in order.
  let refused = '';
  const flushRefused = () => {
    if (refused !== '') process.stderr.write(refused);
    refused = '';
  };
  const report = (problem: RowProblem) => {
    const line = `${problemPlace(problem)}${problem.column ? `, cột ${problem.heading ?? problem.column}` : ''}: ${problem.message}\n`;
    if (bars) bars.log(line);
    else refused += line;
  };
  // A copy ExcelJS makes of a worksheet goes to a folder of this run's, removed after it, and a killed run's folder at the next.
  // Only a workbook is read by ExcelJS: a text list runs without the folder and its AsyncLocalStorage, whose promise hooks
  // cost every promise of the run (~1,6% of a 100.000-row CSV's CPU profile; the workbook writer of --out .xlsx makes no temporary file).
  removeUploadLeftovers();
  const check = () => runList(rules, source, sink, {
    defaultDate,
    ...(parsed.values.date !== undefined ? { dateFlag: '--date' } : {}),
    onProblem: report,
    onProgress: () => {
      flushRefused();
      bar?.update(Math.floor(source.progress() * 100));
      if (stopped) throw new Interrupted(stopped);
      // A signal is handled only when the run gives way: once a step (the rows between are synchronous).
      return new Promise<void>((resume) => setImmediate(resume));
    },
    progressEvery: BATCH_DEFAULTS.progressEvery,
    onRead: (notes) => {
      flushRefused();
      bar?.update(100);
      bars?.stop();
      for (const note of notes) process.stderr.write(`${note}\n`);
    },
  });
  const outcome = await (source.spreadsheet ? inListFolder(check) : check()).catch((error: unknown) => {
    if (!(error instanceof Interrupted)) throw error;
    flushRefused();
    process.stderr.write(
      outputFile
        ? `Đã dừng giữa chừng (${SIGNAL_SAID[error.signal]}) sau ${rowsWritten} dòng kết quả: chưa ghi tệp “${outputFile.path}” (phần đã làm đã xóa, không để lại tệp dở dang); tệp danh sách không bị đổi. Hãy chạy lại cả danh sách.\n`
        : `Đã dừng giữa chừng (${SIGNAL_SAID[error.signal]}): kết quả in ra chỉ có ${rowsWritten} dòng đầu, dòng cuối ghi “KẾT QUẢ DỞ DANG”; chưa có tổng hợp. Hãy chạy lại cả danh sách.\n`,
    );
    return error;
  });
  process.off('SIGINT', stop).off('SIGTERM', stop);
  if (outcome instanceof Interrupted) return SIGNAL_EXIT[outcome.signal];
  if (!outcome.ok) {
    // "Chưa ghi kết quả nào" is true of a result file (removed) or an empty stdout; rows already printed are said as printed.
    const read = !outputFile && rowsWritten > 0 && outcome.message.endsWith(NOTHING_WRITTEN) ? outcome.message.slice(0, -NOTHING_WRITTEN.length).trimEnd() : outcome.message;
    const printed = !outputFile && rowsWritten > 0 ? ` Kết quả đã in ra chỉ có ${rowsWritten} dòng đầu (đến dòng ${cellValue(lastLine)} của danh sách), dòng cuối ghi “KẾT QUẢ DỞ DANG”; các dòng sau chưa được kiểm tra, chưa có tổng hợp.` : '';
    const message =
      outcome.reason === 'no_header'
        ? `${outcome.message} Xem: npm run cli -- batch --help`
        : outcome.reason === 'unwritable'
          ? outputFile
            ? `${outcome.message} ${notWritten(outputFile.path)}`
            : notPrinted(outcome.detail!, written.delivered?.() ?? { rows: 0, last: '' })
          : `${read}${printed}`;
    process.stderr.write(outcome.detail === undefined ? `${message}\n` : `${message}\n(Chi tiết kỹ thuật cho người quản trị: ${outcome.detail})\n`);
    return 2;
  }
  (outputFile ? process.stdout : process.stderr).write(`${formatSummary(rules, outcome.summary)}\n`);
  return outcome.summary.rejected > 0 ? EXIT_ROWS_REFUSED : 0;
}

export const command: CliCommand = {
  name: 'batch',
  summary: 'Kiểm tra cả danh sách hộ trong tệp CSV hoặc Excel (.xlsx), kèm bản tổng hợp',
  help: HELP,
  run,
};
