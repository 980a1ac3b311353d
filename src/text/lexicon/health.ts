/**
 * Health conditions, folded: the one health vocabulary (PERSONAL.healthConditions: masked in what is kept, read as a member's
 * illness; HOUSEHOLD_AWAY.absent.prison.misread: "bị tự kỷ" holds "bị tù"). Its own file, importing nothing: household.ts and
 * personal.ts both read it, and personal.ts imports household.ts.
 */
export const HEALTH_CONDITIONS: readonly string[] = [
  'ung thu', 'ung buou', 'tieu duong', 'dai thao duong', 'lao phoi', 'benh lao', 'hiv', 'aids', 'sida', 'viem gan', 'xo gan',
  'suy than', 'chay than', 'tam than', 'dong kinh', 'tram cam', 'tai bien', 'dot quy', 'benh tim', 'tim mach', 'cao huyet ap',
  'huyet ap cao', 'hen suyen', 'phoi tac nghen', 'bai liet', 'sot xuat huyet', 'tu ky', 'bai nao', 'hoi chung down',
  'benh down', 'thieu nang tri tue', 'mat tri nho', 'alzheimer', 'parkinson', 'benh than', 'benh gan', 'benh phoi', 'viem phoi',
  'u nao', 'thoai hoa cot song', 'gout', 'benh gut', 'suy tim', 'tbmmn',
  // "con tui bi tu ki", "ba tui bi tu mau nao" (round 36 mend36b): autism as also typed ("tự kỉ"), a haematoma ("tụ máu").
  'tu ki', 'tu mau',
];
