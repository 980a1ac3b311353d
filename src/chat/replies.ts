/**
 * Building replies: small helpers for spans and buttons, and the fixed texts several parts share
 * (menu, welcome, help, polite refusals). Wording is Vietnamese, polite ("bạn"), no markup.
 */
import type { Button, Reply, Span } from './types.ts';
import { button } from './actions.ts';
import { formatNumber, POVERTY_CADRE } from '../rules/text.ts';
import { INPUT_DEFAULTS } from './input.ts';
import { lowerFirst } from '../corpus/vietnamese.ts';

export const plain = (text: string): Span => ({ text });
export const bold = (text: string): Span => ({ text, style: 'bold' });
export const italic = (text: string): Span => ({ text, style: 'italic' });
export const quote = (text: string): Span => ({ text, style: 'quote' });
/** `text` ("Bấm một loại hộ") telling to press one of the buttons `labels`; "gõ `typed`" is said where none is shown (Span.press). */
export const pressingOne = (text: string, labels: readonly string[], typed: string): Span => ({ text, press: { labels, typed } });

/**
 * "bấm “<label>”" telling to press a button of the same reply ("Bấm …" when `start`s a sentence); `typed` ("/chuan") is said
 * where the button is not shown (Span.press, render.ts).
 */
export const pressing = (label: string, typed: string, start = false): Span =>
  pressingOne(`${start ? 'Bấm' : 'bấm'} “${label}”`, [label], typed);

export function reply(spans: Span[], buttons?: Button[][]): Reply {
  return buttons && buttons.length > 0 ? { spans, buttons } : { spans };
}

/** A reply's text, its spans joined as written (no styles, no buttons). */
export const replyText = (said: Reply): string => said.spans.map((span) => span.text).join('');

/** A reply made of plain lines. */
export function lines(...texts: string[]): Reply {
  return { spans: [plain(texts.join('\n'))] };
}

/** Bullet list as text, skipping empty items. */
export function bullets(items: readonly string[]): string {
  return items
    .filter((item) => item.trim() !== '')
    .map((item) => `• ${item}`)
    .join('\n');
}

export const MENU_BUTTONS: Button[][] = [
  [button('Hỏi về chính sách', { kind: 'menu', item: 'ask' })],
  [button('Kiểm tra hộ gia đình', { kind: 'menu', item: 'check' })],
  [button('Các chính sách hỗ trợ', { kind: 'menu', item: 'supports' })],
  [button('Chuẩn nghèo hiện hành', { kind: 'menu', item: 'standard' })],
  [button('Giới thiệu nguồn văn bản', { kind: 'menu', item: 'sources' })],
];

export const WHERE_TO_ASK = `Bạn có thể hỏi trực tiếp ${POVERTY_CADRE} nơi bạn cư trú.`;

export const DECISION_NOTE =
  'Kết quả của trợ lý chỉ để tham khảo, không phải quyết định chính thức: việc công nhận hộ nghèo, hộ cận nghèo ' +
  'do Chủ tịch UBND cấp xã quyết định sau khi rà soát (Quyết định 24/2021/QĐ-TTg).';

/**
 * "kiem tra ho ngheo" (round 16): the check of one's own household is what starts; the procedure the same words could mean is one
 * line away (its typed question), said before the check in the chat and in /api/ask's offer.
 */
/** The question that gives the procedure's whole card, as a resident types it. */
export const PROCEDURE_TYPED = 'thủ tục xét hộ nghèo';
/** The question that gives the standard's card (income lines, indicators), as a resident types it. */
export const STANDARD_TYPED = 'chuẩn nghèo';

export const CHECK_NOT_PROCEDURE =
  'Mình giúp bạn tự kiểm tra hộ gia đình mình theo chuẩn nghèo (kết quả chỉ để tham khảo). Nếu bạn muốn hỏi thủ tục để được xét, ' +
  `công nhận hộ nghèo, hộ cận nghèo ở UBND cấp xã, bạn gõ “${PROCEDURE_TYPED}”.`;

/**
 * The check asked for in /api/ask ("kiem tra ho gia dinh", "kiem tra ho ngheo"), which cannot ask back: what to tell in the
 * question for the figures to be read, and that the chat asks the rest.
 */
export const CHECK_OFFER_API =
  'Để kiểm tra hộ của bạn, hãy cho biết trong câu hỏi hộ có mấy người, đang ở xã hay phường và thu nhập của cả hộ mỗi tháng, ' +
  'ví dụ “nhà 4 người ở xã, thu nhập 6 triệu một tháng”; trò chuyện với trợ lý (trang web, Zalo, Telegram) để trợ lý hỏi thêm các chỉ số thiếu hụt.';

/** Someone to be looked up by an identity number or in the commune's lists: not possible here, and where to ask instead. */
export function idLookupReply(): Reply {
  return reply(
    [
      plain(
        'Trợ lý không tra cứu được danh sách hộ nghèo, hộ cận nghèo hay thông tin của ai theo số căn cước công dân (CCCD) hoặc giấy tờ khác: ' +
          'trợ lý không có danh sách đó. Bạn đừng gửi số CCCD hay số giấy tờ tùy thân ở đây; số bạn vừa gửi không được lưu lại.\n' +
          `Để biết hộ mình có trong danh sách không, bạn hỏi trực tiếp ${POVERTY_CADRE} nơi bạn cư trú, hoặc xem danh sách được niêm yết công khai ở thôn, UBND cấp xã khi rà soát.\n` +
          'Nếu muốn, mình kiểm tra thử hộ của bạn theo chuẩn nghèo đa chiều (không cần số giấy tờ nào).',
      ),
    ],
    MENU_BUTTONS.slice(1, 2),
  );
}

/**
 * Why a check kept without consent was lost: a fault (Redis away or back empty, a process killed), or a deliberate restart
 * of the process holding it in memory (SIGTERM, an update: ChatCore.stop), which is no "sự cố".
 */
export type DraftLossCause = 'fault' | 'restart';

const LOST_BECAUSE: Record<DraftLossCause, string> = {
  fault: 'do sự cố của máy chủ',
  restart: 'vì máy chủ của trợ lý vừa được khởi động lại (bảo trì hoặc cập nhật)',
};

/**
 * A check kept without consent was lost (a fault, or a restart): said plainly, with the way to start again. Its answers
 * were only kept for the moment because the resident had not agreed to keep them: they may have chosen "Không lưu", or
 * not been asked yet (a household told before the consent question was answered), so no choice is put in their mouth.
 * `alone`: the whole answer to the message; otherwise a note before the answer to a command (/xoadulieu…).
 */
export function draftInterrupted(alone: boolean, cause: DraftLossCause = 'fault'): Reply {
  const kept = 'chỉ được giữ tạm vì bạn chưa đồng ý lưu lại';
  return alone
    ? reply(
        [
          plain(
            `Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn ${LOST_BECAUSE[cause]}. Các câu trả lời của bạn ${kept}, nên không còn giữ được. Bạn `,
          ),
          pressingOne('bấm “Kiểm tra hộ gia đình” (hoặc gõ /kiemtra)', ['Kiểm tra hộ gia đình'], '/kiemtra'),
          plain(' để bắt đầu lại từ đầu; nếu tin vừa rồi là câu hỏi khác, bạn vui lòng gửi lại.'),
        ],
        MENU_BUTTONS,
      )
    : reply([plain(`Lưu ý: phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn ${LOST_BECAUSE[cause]}; các câu trả lời ${kept} nên không còn. Bạn gõ /kiemtra để bắt đầu lại từ đầu.`)]);
}

/**
 * Said after a turn of a consented household check the database did not take (disk full, its file removed under the server:
 * tryout51 F1): the answers are not saved, whatever the consent promised; the check goes on from memory.
 */
export function answersNotSaved(): Reply {
  return reply([plain('Lưu ý: máy chủ đang gặp sự cố lưu trữ nên câu trả lời về hộ gia đình của bạn hiện chưa được lưu lại, dù bạn đã đồng ý lưu. Bạn vẫn trả lời tiếp được; nếu bị gián đoạn, bạn có thể phải trả lời lại.')]);
}

/** A thank-you answered kindly, with the menu. */
export function thanksReply(): Reply {
  return reply([plain('Không có gì ạ. Bạn cần hỏi thêm về chính sách giảm nghèo hay muốn kiểm tra hộ gia đình thì cứ nhắn cho mình nhé.')], MENU_BUTTONS);
}

/** "vay ha", "ok", "thôi khỏi": acknowledged, with the menu. */
export function acknowledgementReply(): Reply {
  return reply([plain('Dạ. Khi cần hỏi thêm về chính sách giảm nghèo hay kiểm tra hộ gia đình, bạn cứ nhắn cho mình nhé.')], MENU_BUTTONS);
}

/**
 * "tui ten Hoang Van Thu" (round 42 resid45): thanked, told the name is not needed nor kept, and what can be asked, with the menu.
 */
export function nameToldReply(): Reply {
  return reply(
    [
      plain(
        'Chào bạn, cảm ơn bạn đã nhắn. Để hỏi đáp, mình không cần tên của bạn và không ghi lại tên. ' +
          'Bạn có thể hỏi về chuẩn nghèo, các chính sách hỗ trợ hộ nghèo, hộ cận nghèo, thủ tục ở UBND cấp xã, hoặc kiểm tra hộ gia đình; ' +
          'gõ bằng lời thường, ví dụ “hộ cận nghèo được hỗ trợ gì”, hoặc chọn một mục dưới đây.',
      ),
    ],
    MENU_BUTTONS,
  );
}

/** "cho e hoi" right after the welcome (round 21): a short "go ahead", not the welcome again. */
export function goAheadReply(): Reply {
  return reply(
    [
      plain(
        'Dạ, bạn cứ hỏi nhé. Bạn gõ câu hỏi bằng lời thường (có dấu hay không dấu đều được), ví dụ “hộ cận nghèo được hỗ trợ gì”, ' +
          '“nhà 4 người ở quê thu nhập 6 triệu là hộ gì”, hoặc chọn một mục dưới đây.',
      ),
    ],
    MENU_BUTTONS,
  );
}

/** "😢" alone (round 21): met with care, where to turn, and the menu; never a bare "Dạ.". */
export function sadReactionReply(): Reply {
  return reply(
    [
      plain(
        'Mình hiểu bạn đang lo. Kết quả và thông tin của trợ lý chỉ để tham khảo; việc công nhận hộ nghèo, hộ cận nghèo do UBND cấp xã rà soát. ' +
          `Nếu hộ đang khó khăn, bạn có thể kiểm tra hộ gia đình hoặc xem các chính sách hỗ trợ dưới đây. ${WHERE_TO_ASK}`,
      ),
    ],
    MENU_BUTTONS,
  );
}

/**
 * The welcome's choices (round 22): what residents most want, in two taps, the check at the main menu's place (a typed "2" is
 * the check in both), and the whole introduction with the full menu.
 */
export const WELCOME_BUTTONS: Button[][] = [
  [button('Các chính sách hỗ trợ', { kind: 'menu', item: 'supports' })],
  [button('Kiểm tra hộ gia đình', { kind: 'menu', item: 'check' })],
  [button('Trợ lý làm được gì', { kind: 'menu', item: 'about' })],
];

/**
 * The first message, a greeting ("alo", "chao ban"), /start: a short bubble on a phone (round 22; was 789 characters): what the
 * assistant does, that its result is no decision, three choices; the rest one tap away (about).
 */
export function welcome(): Reply {
  return reply(
    [
      bold('Xin chào! Mình là Trợ lý Giảm nghèo.\n'),
      plain(
        'Mình trả lời câu hỏi về chính sách giảm nghèo và kiểm tra thử hộ gia đình theo chuẩn nghèo (chỉ để tham khảo; ' +
          'công nhận hộ nghèo do UBND cấp xã). Bạn cứ gõ câu hỏi, có dấu hay không dấu đều được, hoặc chọn:',
      ),
    ],
    WELCOME_BUTTONS,
  );
}

/**
 * Who the assistant is and is not, in a few words, said before another answer when who it is is asked beside it ("ban la ai, …
 * thong tin tui co bi gui cho ai ko", round 40 mend40c). Who runs it is not in its data: not said.
 */
export const WHO_IT_IS =
  'Mình là Trợ lý Giảm nghèo (trả lời tự động), không phải cơ quan nhà nước; công nhận hộ nghèo do UBND cấp xã quyết định.';

/** "Trợ lý làm được gì", "ban la ai": the whole introduction, what the assistant cannot do, and the main menu. */
export function about(): Reply {
  return reply(
    [
      bold('Mình là Trợ lý Giảm nghèo.\n'),
      plain(
        [
          'Mình có thể giúp bạn:',
          bullets([
            'trả lời câu hỏi về chính sách giảm nghèo, trích đúng văn bản (số hiệu, cơ quan ban hành, ngày, mục);',
            'kiểm tra thử một hộ gia đình theo chuẩn nghèo đa chiều: hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình, vì sao, được hỗ trợ gì và làm thủ tục ở đâu;',
            'liệt kê các chính sách hỗ trợ và chuẩn nghèo đang áp dụng.',
          ]),
          '',
          'Mình không thể công nhận hay xác nhận hộ nghèo, không nhận hồ sơ. ' + DECISION_NOTE,
          '',
          'Bạn cứ gõ câu hỏi (có dấu hay không dấu đều được), hoặc chọn một mục dưới đây. Gõ /trogiup để xem các lệnh.',
        ].join('\n'),
      ),
    ],
    MENU_BUTTONS,
  );
}

/**
 * "nam toi", "nam nay", "tu thang sau" sent alone as a first message (round 35 mend35a; were the review explainer and "ngoài phạm
 * vi"): what about that year is asked back, with the standard of that year and the supports one press away and the review typed.
 */
export function timeAloneReply(year: number): Reply {
  return reply(
    [
      plain(
        `Bạn muốn hỏi gì về năm ${year}? Ví dụ: chuẩn nghèo áp dụng năm ${year}, các chính sách hỗ trợ cho hộ nghèo, hộ cận nghèo, ` +
          `hay lịch rà soát hộ nghèo (gõ “rà soát hộ nghèo năm ${year}”).`,
      ),
    ],
    [[button(`Chuẩn năm ${year}`, { kind: 'menu', item: 'standard', argument: String(year) })], MENU_BUTTONS[2]!],
  );
}

/**
 * "nha tui ngheo lam": the hardship heard, the check offered with what to tell, and the supports; no passage, no class said.
 * `asked` ("sao mà khó vậy" alone, round 39 resid39): first what is hard, asked back, with the questions that answer the usual
 * cases (why a household may not be recognised and how to ask again; where to file).
 */
export function hardshipReply(asked = false): Reply {
  return reply(
    [
      plain(
        (asked
          ? 'Bạn thấy khó ở việc gì? Bạn kể rõ hơn giúp mình, ví dụ: “nhà tui nghèo mà ko được công nhận” (vì sao hộ có thể không được ' +
            'công nhận hộ nghèo, hộ cận nghèo và cách đề nghị xét lại), hoặc “làm hồ sơ hộ nghèo ở đâu”.\n'
          : '') +
        'Mình rất tiếc khi nghe hộ gia đình bạn đang khó khăn. Mình có thể giúp bạn xem hộ có thể thuộc diện hộ nghèo, hộ cận nghèo hay không ' +
          '(kết quả tham khảo): bạn chỉ cần cho mình biết hộ có mấy người, đang ở phường hay xã, và thu nhập của cả hộ mỗi tháng (hoặc cả năm) khoảng bao nhiêu, ' +
          'ví dụ “nhà 4 người ở xã, thu nhập 6 triệu một tháng”. Bạn cũng có thể xem các chính sách hỗ trợ cho hộ nghèo, hộ cận nghèo. ' +
          `Việc công nhận hộ nghèo do UBND cấp xã rà soát: ${lowerFirst(WHERE_TO_ASK)}`,
      ),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}

/**
 * "tui ko biet chu, nho chau nhan tin, nha tui ngheo lam can giup do" (round 45 mend49a; was a provincial resolution's passage): a
 * plea, the hardship told and help asked, nothing named: kindly, where to go and whom to meet, then `lines` (the filing step and
 * that no fee is asked, from the rules with their status), then the check offered by what to tell, short.
 */
export function pleaReply(lines: readonly string[]): Reply {
  return reply(
    [
      plain(
        'Chào bạn, mình rất tiếc khi nghe hộ gia đình đang khó khăn. Bạn có thể đến UBND cấp xã nơi ở, gặp cán bộ phụ trách giảm nghèo để được xét hộ nghèo:\n' +
          `${lines.map((line) => `• ${line}`).join('\n')}\n` +
          'Nếu muốn xem thử trước, bạn nhắn giúp mình nhà có mấy người, ở xã hay phường, và thu nhập cả nhà mỗi tháng khoảng bao nhiêu.',
      ),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}

/**
 * "co ai giup ko", "mô có ai giúp ko", "o dau co ai giup ko" asked alone (round 38 mend38b; was the legal-aid explainer): whom to
 * ask, the household's check (/kiemtra) and the supports; legal aid only when a legal matter is named.
 */
export function helpAskedReply(): Reply {
  return reply(
    [
      plain(
        `Về giảm nghèo, ${lowerFirst(WHERE_TO_ASK)} Mình có thể giúp bạn xem trước hộ có thể thuộc diện hộ nghèo, hộ cận nghèo hay không ` +
          '(kết quả tham khảo; gõ /kiemtra hoặc kể về hộ trong một câu, ví dụ “nhà 4 người ở xã, thu nhập 6 triệu một tháng”) và các chính sách hỗ trợ cho từng loại hộ.',
      ),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}

/**
 * "ko hiu", "hok hieu", "ko hieu j het" with no answer before to say plainer (round 39 mend39a; was "ngoài phạm vi", then the
 * notice that only policy answers are rewritten): what can be asked, in plain words, with examples and the check, short.
 */
export function restateOfferReply(): Reply {
  return reply(
    [
      plain(
        'Mình nói lại cho dễ hiểu nhé: bạn cứ hỏi bằng lời thường, có dấu hay không dấu đều được, về hộ nghèo, hộ cận nghèo, các khoản hỗ trợ và làm giấy tờ ở đâu. Ví dụ:\n' +
          bullets(['“hộ cận nghèo được hỗ trợ gì”', '“nhà 4 người ở quê thu nhập 6 triệu là hộ gì”', '“làm hộ nghèo ở đâu”']) +
          '\nMuốn xem hộ mình có thể là hộ nghèo không: gõ /kiemtra, mình hỏi từng câu một.',
      ),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}

/**
 * "ko hiu" again right after restateOfferReply (round 40 resid40; was the same reply word for word): said more simply, one
 * question to type or one button to press, and whom to ask in person.
 */
export function restateAgainReply(): Reply {
  return reply(
    [
      plain('Xin lỗi bạn, mình nói gọn hơn: bạn chỉ cần gõ một câu, ví dụ “hộ cận nghèo được gì”, hoặc '),
      pressing('Các chính sách hỗ trợ', '/hotro'),
      plain(` bên dưới. Nếu vẫn khó, bạn hỏi thẳng ${POVERTY_CADRE} nơi bạn cư trú, họ hướng dẫn tận nơi.`),
    ],
    MENU_BUTTONS.slice(2, 3),
  );
}

export function askPrompt(): Reply {
  return lines(
    'Bạn hãy gõ câu hỏi bằng lời thường, có dấu hay không dấu đều được. Ví dụ:',
    bullets(['Hộ cận nghèo được hỗ trợ bảo hiểm y tế bao nhiêu?', 'thu tuc xet ho ngheo nhu the nao', 'Mục tiêu giảm nghèo của tỉnh đến năm 2025?']),
  );
}

export function sorry(): Reply {
  return reply(
    [plain('Xin lỗi, trợ lý đang gặp sự cố nên chưa trả lời được. Bạn vui lòng thử lại sau ít phút. ' + WHERE_TO_ASK)],
    MENU_BUTTONS,
  );
}

/**
 * A message longer than INPUT_DEFAULTS.maxMessageChars, said the same way everywhere (chat, web page, /api/ask, cli): what the
 * limit is, how long the message was, and what to do.
 */
export function tooLongNotice(chars: number): string {
  return `Tin nhắn quá dài (tối đa ${formatNumber(INPUT_DEFAULTS.maxMessageChars)} ký tự, tin này có ${formatNumber(chars)} ký tự) nên trợ lý chưa đọc. Bạn hãy rút gọn, chỉ giữ điều muốn hỏi, hoặc tách thành từng câu hỏi ngắn rồi gửi lần lượt.`;
}

/**
 * A message the assistant cannot read. `answered`: a sticker or picture after an answer (round 21) is most likely a reaction to it,
 * so it is received kindly first.
 */
export function unreadable(reason: 'empty' | 'unsupported' | 'too_long', chars = 0, answered = false): Reply {
  const text = {
    empty: 'Mình chưa đọc được nội dung tin nhắn. Bạn hãy gõ câu hỏi bằng chữ, hoặc chọn một mục dưới đây.',
    unsupported: answered
      ? 'Dạ, mình nhận được rồi, nhưng mình chỉ đọc được tin nhắn chữ (chưa xem được ảnh, nhãn dán, tệp hay tin nhắn thoại). Bạn cần hỏi thêm thì cứ gõ chữ, hoặc chọn một mục dưới đây.'
      : 'Xin lỗi, mình chỉ đọc được tin nhắn chữ (chưa xem được ảnh, nhãn dán, tệp hay tin nhắn thoại). Bạn hãy gõ câu hỏi, hoặc chọn một mục dưới đây.',
    too_long: tooLongNotice(chars),
  }[reason];
  return reply([plain(text)], MENU_BUTTONS);
}

/** The first reply led by `text` (a correction, the merger of a province, the result just checked); the replies as given when it is empty. */
export function ledByText(text: string, replies: Reply[]): Reply[] {
  const [first, ...rest] = replies;
  return first && text !== '' ? [{ ...first, spans: [plain(text), ...first.spans] }, ...rest] : replies;
}

/** Said first when a husband or wife who died is told (TOPICS.bereaved), before the answer. */
export const CONDOLENCES = 'Xin chia buồn cùng bạn.';

/** `replies` with `spans` after the last one's own (its buttons kept). */
export function endedBySpans(spans: readonly Span[], replies: Reply[]): Reply[] {
  const last = replies.at(-1);
  return last ? [...replies.slice(0, -1), { ...last, spans: [...last.spans, ...spans] }] : replies;
}
