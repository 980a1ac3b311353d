/**
 * The web chat page: one HTML document with its style and script inline (no external asset, so it
 * works offline and under a CSP without any outside source). Built once at start.
 */
import { readFileSync } from 'node:fs';
import { HTTP_DEFAULTS } from '../../server/defaults.ts';
import { pageContentSecurityPolicy } from '../../server/security.ts';
import { DECISION_NOTE } from '../../chat/replies.ts';
import { RETENTION, WEB_SESSION_ID_DAYS } from '../../privacy/retention.ts';

export interface WebPage {
  html: string;
  /** The CSP header for this page: its inline script and style allowed by hash. */
  contentSecurityPolicy: string;
}

// A small "speech bubble" icon as an inline SVG, so the browser asks for no favicon file.
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='%230b5394' d='M2 2h12v9H6l-4 3z'/%3E%3C/svg%3E";

export function buildWebPage(): WebPage {
  const style = readFileSync(new URL('./page.css', import.meta.url), 'utf8');
  const script = readFileSync(new URL('./client.js', import.meta.url), 'utf8');
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content">
<meta name="description" content="Hỏi đáp chính sách giảm nghèo bền vững và kiểm tra hộ gia đình theo chuẩn nghèo đa chiều.">
<meta name="referrer" content="no-referrer">
<title>Trợ lý Giảm nghèo</title>
<link rel="icon" href="${FAVICON}">
<style>${style}</style>
</head>
<body>
<div class="app">
  <header>
    <div class="bar">
      <h1>Trợ lý Giảm nghèo</h1>
      <button type="button" id="menu">Menu</button>
      <button type="button" id="forget" class="danger" aria-label="Xóa dữ liệu của tôi">Xóa dữ liệu<span class="wide"> của tôi</span></button>
    </div>
    <div class="bar notes">
      <details id="notice" class="fold notice">
        <summary>Chỉ để tham khảo<span class="wide">: UBND cấp xã quyết định công nhận hộ nghèo.</span><span class="more"> Xem thêm</span></summary>
        <div class="panel">
          <p>${DECISION_NOTE}</p>
          <p>Thông tin của bạn: trợ lý chỉ lưu câu trả lời kiểm tra hộ gia đình khi bạn chọn “Đồng ý lưu” (tối đa ${RETENTION.sessionDays} ngày kể từ lần dùng cuối);
            câu hỏi chưa trả lời được giữ tối đa ${RETENTION.unansweredDays} ngày, đã che tên, số điện thoại, số giấy tờ. Tin bạn gõ mà chưa gửi được (mất mạng)
            chỉ được giữ trong trình duyệt này để bạn gửi lại; khi bạn mở lại trang, tin quá ${RETENTION.unsentHours} giờ bị bỏ, và bấm “Xóa dữ liệu” thì bỏ ngay. Mã phiên trình duyệt giữ để nhận ra bạn bị bỏ sau ${WEB_SESSION_ID_DAYS} ngày không dùng. Nút “Xóa dữ liệu” xóa ngay mọi dữ liệu
            trợ lý lưu về bạn. Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.</p>
          <button type="button" id="privacy" data-ask="Trợ lý lưu gì về tôi?">Trợ lý lưu gì về tôi?</button>
        </div>
      </details>
      <details id="lists" class="fold lists">
        <summary><span class="tiny-not">Kiểm tra danh sách hộ</span><span class="tiny">Danh sách hộ</span></summary>
        <form id="batch" class="batch panel">
          <p>Chọn tệp danh sách hộ (.csv hoặc .xlsx, mỗi dòng một hộ: khu vực, số người, thu nhập, các chỉ số thiếu hụt).
            Tệp chỉ được dùng để kiểm tra rồi xóa ngay, không lưu lại.</p>
          <label for="batch-file">Tệp danh sách</label>
          <input type="file" id="batch-file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required>
          <label for="batch-date">Ngày xét (dd/MM/yyyy, bỏ trống là hôm nay)</label>
          <input type="text" id="batch-date" name="date" inputmode="numeric" placeholder="dd/MM/yyyy" autocomplete="off">
          <label for="batch-format">Tệp kết quả</label>
          <select id="batch-format" name="format">
            <option value="">Cùng dạng với tệp gửi</option>
            <option value="xlsx">Excel (.xlsx)</option>
            <option value="csv">CSV (.csv)</option>
          </select>
          <label for="batch-headers">Dòng tên cột của tệp kết quả</label>
          <select id="batch-headers" name="headers">
            <option value="">Mã cột (dong, ma_ho, phan_loai…), cho phần mềm đọc</option>
            <option value="readable">Tên cột tiếng Việt, dễ đọc (Dòng trong danh sách, Mã hộ…)</option>
          </select>
          <button type="submit" id="batch-send" class="primary">Kiểm tra danh sách</button>
        </form>
        <div id="batch-result" class="batch-result" aria-live="polite"></div>
      </details>
    </div>
  </header>
  <main id="log" class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Cuộc trò chuyện"></main>
  <footer>
    <p id="status" class="status" role="status"></p>
    <form id="ask" data-unsent-hours="${RETENTION.unsentHours}" data-id-days="${WEB_SESSION_ID_DAYS}" data-answer-wait-ms="${HTTP_DEFAULTS.webAnswerWaitMs}">
      <label for="question">Câu hỏi hoặc câu trả lời của bạn</label>
      <textarea id="question" name="question" rows="1" autocomplete="off" enterkeyhint="send"
        placeholder="Gõ câu hỏi của bạn…"></textarea>
      <button type="submit" id="send" class="primary">Gửi</button>
    </form>
  </footer>
</div>
<noscript>Trang này cần JavaScript để trò chuyện. Bạn có thể hỏi qua API: POST /api/ask.</noscript>
<script>${script}</script>
</body>
</html>
`;
  return { html, contentSecurityPolicy: pageContentSecurityPolicy(script, style) };
}
