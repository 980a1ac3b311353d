/**
 * Short replies to a yes/no question, without diacritics, after spoken forms are read (so "ko",
 * "hok", "k co", "hổng có" arrive here as "khong", "khong co"; "hong" is read as "không" only at the end, so
 * "hong co" is listed). Anything longer is not an answer.
 */
import type { YesNoWords } from './types.ts';

export const YES_NO: YesNoWords = {
  yes: ['co', 'c', 'co a', 'co roi', 'da co', 'dung', 'dung roi', 'dung vay', 'phai', 'u', 'uh', 'um', 'vang', 'vang co', 'da', 'da vang', 'yes', 'y', 'ok co', 'co a a'],
  no: ['khong', 'khong co', 'hong co', 'chua', 'chua co', 'khong a', 'khong phai', 'no', 'n', 'da khong', 'khong dau'],
  unsure: ['khong ro', 'khong biet', 'chua ro', 'chua biet', 'khong chac', 'khong nho', 'khongro', 'koro', 'chiu', 'unsure'],
};
