/**
 * Words that ask rather than name (without diacritics). Search keeps them in phrases (a negation such
 * as "không còn" matters there) but a passage does not become relevant by sharing them.
 *
 * `words`: single words. Only forms that are not also content words: "vay", "chi", "the", "ban",
 * "nhu" are left out for vay vốn, chỉ tiêu, thẻ, ban hành, nhu cầu; "%" (also "phần trăm") asks for
 * a figure, like "bao nhiêu": alone it makes nothing relevant.
 * `phrases`: several words that ask or frame a request together, whose words alone may be content
 * ("thế nào" but not "thẻ"; "bà con" addressed by outreach staff, not "bà" or "con").
 */
export const QUESTION_WORDS = {
  words: [
    'toi', 'minh', 'em', 'co', 'duoc', 'khong', 'la', 'thi', 'gi', 'nao', 'sao', 'ai', 'hay', 'cua', 'va', 'cac', 'nhung',
    'cho', 've', 'khi', 'nay', 'den', 'muon', 'phai', 'bi', 'a', 'nhe', 'oi', 'roi', 'bay', 'gio', 'nhieu', 'chua', 'se',
    'dau', '%', 'cai', 'het', 'may', 'voi', 'biet', 'goi', 'ma', 'luon', 'cung',
    // Whom it is asked of, at either end ("hộ cận nghèo là sao ad", "admin ơi cho hỏi …"): nothing a passage holds.
    'ad', 'admin', 'bot',
  ],
  phrases: [
    'the nao', 'nhu the nao', 'ra sao', 'ba con', 'ban oi', 'tro ly oi', 'chia se cho', 'chia se', 'nhac', 'huong dan',
    'de dang bai', 'dang bai', 'de dang nhom zalo', 'nhom zalo', 'de thong bao', 'de tuyen truyen',
    'de ghi vao bai viet', 'bai viet', 'viet bai', 'hien nay', 'bay gio', 'nam nay',
    // A request for a short text ("tóm tắt …", "soạn tin …"): no passage is relevant for saying "tóm tắt, tham khảo".
    'tom tat', 'ngan gon', 'soan tin', 'tin nhan', 'vai dong', 'vai cau',
  ],
};
