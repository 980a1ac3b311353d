/**
 * Short replies to a yes/no question, without diacritics, after spoken forms are read (so "ko",
 * "hok", "k co", "hổng có" arrive here as "khong", "khong co"; "hong" is read as "không" only at the end, so
 * "hong co" is listed). Anything longer is not an answer.
 */
import type { YesNoWords } from './types.ts';

export const YES_NO: YesNoWords = {
  // "ừ có", "có chớ", "có chứ", "vâng ạ", "dạ hổng có", "dạ chưa" (findings35 N35-12).
  yes: [
    'co', 'c', 'co a', 'co roi', 'da co', 'dung', 'dung roi', 'dung vay', 'phai', 'u', 'uh', 'um', 'vang', 'vang co', 'da', 'da vang', 'yes', 'y',
    'ok co', 'co a a', 'u co', 'co cho', 'co chu', 'vang a', 'da co a',
    // Central "răng không" (spoken.ts: "sao lại không"): of course (round 14, N38-27).
    'sao lai khong', 'da sao lai khong',
  ],
  // "đâu có", "có đâu", "có mô" ("mô" = "đâu" at the end) deny: "no" (round 14, N38-27), as Central "khôn" (Nghệ Tĩnh "không").
  no: [
    'khong', 'khong co', 'hong co', 'chua', 'chua co', 'khong a', 'khong phai', 'no', 'n', 'da khong', 'khong dau', 'da khong co', 'da hong co', 'da chua', 'da chua co', 'khong co dau',
    'dau co', 'co dau', 'da dau co', 'dau co dau', 'khon', 'khon co',
  ],
  // "hok bit", "ko bit", "hong biet" (findings21 M05): "bit" unmarked stays "bit" (spoken.ts reads only "bít", "bik"), and
  // "hong" is "không" only at the end.
  unsure: [
    'khong ro', 'khong biet', 'chua ro', 'chua biet', 'khong chac', 'khong nho', 'khongro', 'koro', 'chiu', 'unsure',
    'khong bit', 'chua bit', 'hong biet', 'hong bit', 'hong ro', 'hong nho', 'hong chac',
  ],
  /**
   * A guess ("chắc là có", "hình như không", "chac ko"): the resident's best knowledge of their own household, taken as the answer
   * it leans to, said back with how to change it (round 24; rounds 12 and 17 saved it "Không rõ", which left the indicator
   * undecided though the resident had answered, and asking again only gets the same guess).
   */
  guesses: {
    yes: ['chac la co', 'chac co', 'hinh nhu co', 'chac la co a', 'chac co a', 'da chac co', 'da chac la co', 'hinh nhu la co', 'chac vay', 'chac the'],
    // "chac hong", "chắc hông", "chac ko" (round 17): the same guess, typed short.
    no: [
      'chac la khong', 'hinh nhu khong', 'hinh nhu chua', 'chac khong', 'chac khong co', 'chac chua', 'da chac khong', 'chac la chua',
      'hinh nhu khong co', 'hinh nhu chua co', 'chac la khong co',
    ],
  },
  /**
   * An answer that starts with these words and goes on ("co, ba noi ko co the bhyt", "dạ có, thằng út thất nghiệp",
   * "hok, ca nha co bhyt het") during the interview: read as the first words' answer, except
   * - `notLeading`: words that open a sentence without answering ("dạ, nhà tui…" is polite, "phải làm sao" asks);
   * - a "no" not followed by a comma, unless `noOneAfter` follows ("ko ai that nghiep"): "ko co the" is "không có thẻ",
   *   the lack asked about, not "no";
   * - a "yes" not followed by a comma: "co di lam het", "co the het roi" affirm what follows ("có thẻ hết rồi"), not "có";
   * - a question: a "?", or no comma after the answer words and a last word of `asksAtEnd` ("co dc ho tro j ko").
   */
  leading: {
    notLeading: ['da', 'phai', 'u', 'n', 'no', 'y', 'c', 'yes'],
    noOneAfter: ['ai'],
    asksAtEnd: ['khong', 'chua', 'ha', 'nhi', 'sao', 'gi', 'nao', 'dau', 'chu'],
    /**
     * After the asking word, words that only address or soften the question: "ma ho can ngheo dc bhyt ko ban", "… hok ad", "…
     * sao vay" (findings35 N35-07) still ask; at most two of them, and never the whole rest ("ko ban" alone is an answer).
     */
    addressAfter: ['ban', 'ban oi', 'oi', 'ad', 'admin', 'a', 'vay', 'ta', 'the', 'nha', 'nhe', 'em', 'anh', 'chi', 'bot', 'tro ly', 'z'],
    /** Asking wherever they stand: "bhyt ho can ngheo dc may phan tram vay ban", "ho tro bao nhieu" (never an answer to a yes/no question). */
    asksAnywhere: ['bao nhieu', 'may phan tram', 'the nao', 'ra sao', 'la sao'],
  },
  /**
   * After a whole short reply, words that only address the bot: "răng không bạn", "co ban oi", "khong nha ad" are the reply's
   * answer (at most two of them, never the whole). Not "the", "em", "chi": "co the" is "có thẻ", the thing asked about.
   */
  addressAtEnd: ['ban', 'ban oi', 'oi', 'ad', 'admin', 'nha', 'nhe', 'bot', 'tro ly'],
};
