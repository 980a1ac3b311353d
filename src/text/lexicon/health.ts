/**
 * Health conditions, folded: the one health vocabulary (PERSONAL.healthConditions: masked in what is kept, read as a member's
 * illness; HOUSEHOLD_AWAY.absent.prison.misread: "bị tự kỷ" holds "bị tù"). Its own file, importing nothing: household.ts and
 * personal.ts both read it, and personal.ts imports household.ts. Also the one hospital list (HOSPITAL_WORDS, HOSPITAL_NAMES).
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

/**
 * A stay in or a trip to hospital, folded (topics.ts: a visit, never the review's fees): also the words a hospital's name follows.
 */
export const HOSPITAL_WORDS: readonly string[] = ['benh vien', 'nam vien', 'nhap vien', 'di vien'];

/**
 * Words said of an illness that are no condition themselves, folded ("bệnh", "ốm", "huyết áp", "đau tim", a stay in hospital;
 * "sức khỏe" as typed and as the label a masked condition leaves): in the same sentence as "tien su" they make it a health history
 * ("tiền sử"), not an offence ("tiền sự"; privacy/mask.ts, PERSONAL.offenceTwins). Not "tim" alone: "tìm" folds so.
 */
export const HEALTH_NEAR_WORDS: readonly string[] = [
  'benh', 'om', 'huyet ap', 'duong huyet', 'dau tim', 'yeu tim', 'dau nguc', 'suc khoe', 'uong thuoc', 'chua tri', 'dieu tri', ...HOSPITAL_WORDS,
];

/**
 * Hospitals whose name says the illness or that residents name for a grave one, folded ("nằm viện Chợ Rẫy", "benh vien K"): masked as
 * "[sức khỏe]" right after HOSPITAL_WORDS or "bv" (round 37 privacy29: were kept as typed). Masked only: the chat reads the stay.
 * Not "K" (PERSONAL.healthLetter reads it: "nam vien k" is also "nằm viện không?"), nor names that are everyday words ("mắt").
 */
export const HOSPITAL_NAMES: readonly string[] = [
  'cho ray', 'bach mai', 'viet duc', 'ung buou', 'tu du', 'hung vuong', 'nhi dong 1', 'nhi dong 2', 'nhi dong', 'nhi trung uong',
  'thong nhat', 'nguyen tri phuong', 'trung vuong', 'nhan dan 115', 'nhan dan gia dinh', 'trung uong hue', 'tam than', 'phoi',
  'lao phoi', 'huyet hoc', 'truyen mau huyet hoc', 'nhiet doi', 'da lieu', 'noi tiet', 'phu san',
];

/**
 * Conditions said of a member that the chat does not read as an illness, folded: masked as "[sức khỏe]" in what is kept only
 * ("liệt nửa người" after "[sức khỏe]": round 37 privacy29, was kept as typed). Pregnancy (`pregnancy`) is health data too, but
 * not after those asking for a group ("phụ nữ mang thai") nor before an election ("có bầu cử").
 */
export const HEALTH_MASKED_ONLY = {
  conditions: [
    'liet nua nguoi', 'liet toan than', 'liet hai chan', 'liet 2 chan', 'liet chan', 'liet tay', 'liet giuong', 'nam liet giuong', 'liet mot ben', 'bai liet nua nguoi',
    // "me tui bi huyet ap", "ong tui co tien su benh", "co benh nen" (round 39 privacy31: were kept as typed): blood pressure, a
    // health history, an underlying illness said with no condition named. An illness named in them is masked as its own
    // ("tien su benh tim": "tien su [sức khỏe]", mask.ts healthSpans).
    'huyet ap', 'huyet ap thap', 'tien su benh', 'benh nen',
    // "bi khuyet tat chan", "con bi down", "cut chan", "mu 2 mat" (round 40 privacy32 attack pass: were kept as typed): a disability
    // said of a member; "khuyet tat" and "down" only after a lead or a relative (personal.ts healthShortLeads: "người khuyết tật" asks
    // of a group).
    'khuyet tat', 'down', 'cut chan', 'cut tay', 'mu 2 mat', 'mu hai mat', 'mu 1 mat', 'mu mot mat', 'khiem thi', 'cam diec',
  ],
  pregnancy: ['mang bau', 'mang thai', 'co bau', 'co thai', 'dang bau', 'bau bi', 'co mang'],
  notAfter: ['phu nu', 'nguoi', 'ba', 'nu'],
  notBefore: ['cu', 'chon', 'truong'],
} as const;
