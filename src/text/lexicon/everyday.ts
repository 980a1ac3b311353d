/**
 * Everyday words residents use for things the documents name otherwise, keyed by their form without
 * diacritics, with the documents' words. Search looks for both; either counts as covering the question.
 */
export const EVERYDAY_WORDS: Readonly<Record<string, string>> = {
  'ba bau': 'phụ nữ mang thai',
  'nguoi gia': 'người cao tuổi',
  'tan tat': 'khuyết tật',
  'tan phe': 'khuyết tật',
  'luong hu': 'lương hưu',
  // "ong ba 75 tuoi co dc tien luong huu xa hoi ko": residents' name for the social pension (NĐ 176/2025/NĐ-CP).
  'luong huu xa hoi': 'trợ cấp hưu trí xã hội',
  'nha ve sinh': 'nhà tiêu',
  'nam vien': 'điều trị nội trú',
  'di vien': 'điều trị nội trú',
  'tre nho': 'trẻ em',
  'tien hoc': 'học phí',
  'vay tien': 'vay vốn',
  'so ho ngheo': 'giấy chứng nhận hộ nghèo',
  // "không có hộ khẩu ở đây": residence papers ("cư trú", "thường trú hay tạm trú" in the explainers).
  'ho khau': 'cư trú',
  // "nha tui o tro co dc xet ho ngheo ko" (round 17): renting a room ("ở trọ"), which the explainers say with "nhà thuê"; "trọ"
  // typed without marks is the "trợ" of every passage on support, so only "thuê" tells the renting explainer apart.
  'o tro': 'nhà thuê',
  'so ho khau': 'cư trú',
  'sap nhap': 'sắp xếp',
  'mat viec': 'thất nghiệp',
  'nuoc may': 'nước sạch',
  'xuat khau lao dong': 'đi làm việc ở nước ngoài',
  'tro cap xa hoi': 'trợ giúp xã hội',
  'phan tram': '%',
  // "chỉ tiêu giảm nghèo theo NQ số 05-NQ/TU" (round 37 staff25; was the resolution's general goal, II.2.1, which says "chỉ tiêu
  // về giảm nghèo" in passing): a cadre's target of poverty reduction is the rate of poor households brought down.
  'chi tieu giam ngheo': 'giảm tỷ lệ hộ nghèo',
  'nha ngheo': 'hộ nghèo',
  'nha can ngheo': 'hộ cận nghèo',
  // "giúp" is support only where it is given ("được giúp", "nhà nước giúp", "giúp gì", "có giúp … không"): "giúp tôi
  // đặt vé xe khách", "giúp e vs" ask a favour and name nothing the assistant is about.
  'duoc giup': 'được hỗ trợ',
  'nha nuoc giup': 'nhà nước hỗ trợ',
  'giup gi': 'hỗ trợ',
  'giup nhung gi': 'hỗ trợ những gì',
  'giup do': 'hỗ trợ',
  'co giup': 'có hỗ trợ',
  'xet ho ngheo': 'rà soát hộ nghèo',
  'xet ho can ngheo': 'rà soát hộ cận nghèo',
  'vao ho ngheo': 'công nhận hộ nghèo',
  'vao ho can ngheo': 'công nhận hộ cận nghèo',
  'nop don': 'nộp giấy đề nghị',
  'nop giay': 'làm thủ tục',
  // "nop o dau gio huyen bo roi", "khong con huyen thi nop o dau": the district level is gone since 01/07/2025 (Luật 72/2025/QH15):
  // the explainers say "cấp huyện không còn", "bỏ cấp huyện".
  'huyen bo': 'không còn cấp huyện',
  'bo huyen': 'không còn cấp huyện',
  'khong con huyen': 'không còn cấp huyện',
  'huyen khong con': 'không còn cấp huyện',
  'het huyen': 'không còn cấp huyện',
  'dep huyen': 'không còn cấp huyện',
  'lam don': 'làm giấy đề nghị',
  'don de nghi': 'giấy đề nghị',
  'giay to': 'thủ tục',
  'thu tuc': 'quy trình',
  'truong cong': 'công lập',
  'cat nha': 'xây mới nhà',
  'xay nha': 'xây mới nhà',
  'com trua': 'ăn trưa',
  // "ai lo (vụ) …", "ai quản": which body is in charge.
  'ai lo': 'cơ quan phụ trách',
  'ai quan ly': 'cơ quan quản lý',
  // Asking how two things differ: the explainers say "khác … chỗ nào", "khác nhau".
  'phan biet': 'khác nhau',
  'so sanh': 'khác nhau',
  'khac biet': 'khác nhau',
  'diem nao': 'chỗ nào',
  // "tinh" typed without marks is also "tỉnh" (province), the documents' commonest word: the
  // explainers' "được tính" (with its marks) is what a question about counting income means.
  'tinh thu nhap': 'thu nhập được tính',
  'thu nhap tinh': 'thu nhập được tính',
  'cach tinh': 'được tính',
  // "có tính tiền trợ cấp không": whether something counts in the income.
  'tinh tien': 'được tính',
  'xac dinh thu nhap': 'thu nhập được tính',
  // Asking for a list: "gồm những cái nào", "mấy chỉ số", "liệt kê".
  'liet ke': 'gồm những',
  'xet nhung gi': 'gồm những',
  'may chi so': 'gồm những chỉ số',
};

/**
 * The other way: the documents' terms as villagers say them, for a post asked plainer ("nói dễ hiểu hơn cho bà con"). Written
 * forms, first letter as in the documents (a capital at the start of a sentence is kept). Figures and statuses are never here.
 */
export const PLAIN_WORDS: Readonly<Record<string, string>> = {
  'Ngân sách nhà nước hỗ trợ': 'Nhà nước đóng giúp',
  'mức đóng bảo hiểm y tế': 'tiền mua thẻ bảo hiểm y tế',
  'tối thiểu': 'ít nhất',
  'thành viên hộ': 'người trong hộ',
  'thu nhập bình quân mỗi người mỗi tháng': 'thu nhập trung bình mỗi người một tháng',
};

/**
 * "viết lại cho người lớn tuổi dễ hiểu" after the 2027 post (round 44 outreach46; was "Chỉ số thiếu hụt", "ngưỡng" kept): the
 * standard's terms in everyday words, in a rewrite asked plainer only (a resident who asks "chi so thieu hut nam 2027 co gi moi"
 * reads the words asked with). Whole terms only: "thiếu hụt từ ba chỉ số" is how a loudspeaker text says the rule.
 */
export const PLAIN_TERMS: Readonly<Record<string, string>> = {
  'chỉ số thiếu hụt': 'điều kiện sống được xét',
  'ngưỡng thiếu hụt': 'mức bị tính là thiếu',
  'Ngưỡng hộ có mức sống trung bình': 'Mức thu nhập của hộ có mức sống trung bình',
};

/**
 * A text read aloud on the loudspeaker by a village announcer says no abbreviation: each as said in full (written forms, longest
 * first where one holds another). The sources' document numbers ("Nghị định 188/2025/NĐ-CP") are names, kept as written.
 */
/**
 * A post rewritten in Southern wording for bà con ("Đổi giọng cho bà con miền Nam dễ hiểu", round 42 outreach43): each written word
 * (lower case, a whole word) as said in the South. Figures, statuses ("(tham khảo)", "chưa rõ"), whom to ask and the source line are
 * never changed (short.ts southernText). `opening` and `closing` greet bà con and close with whom to ask.
 */
export const SOUTHERN_WORDS: Readonly<Record<string, string>> = {
  'không': 'hông',
  'vào': 'vô',
  'thế nào': 'sao',
  'như thế nào': 'ra sao',
  'nhé': 'nhen',
  'tôi': 'tui',
  'bạn': 'bà con',
  'rất': 'lắm',
  // Round 43 (outreach44): "giọng miền Tây" said only "hông"; a few more everyday Southern words, no fact or figure changed.
  'trẻ em': 'tụi nhỏ',
  'con em': 'con cái',
  'cha mẹ': 'ba má',
  'mang theo': 'đem theo',
  'đến': 'tới',
  'bao nhiêu': 'nhiêu',
  'người cao tuổi': 'người lớn tuổi',
};
export const SOUTHERN_OPENING = 'Bà con mình ơi, tui nói cho dễ hiểu nhen:';
/** A post asked friendlier ("viết giọng thân thiện hơn", round 42 mend43a): its opening to bà con (short.ts friendlyText). */
export const FRIENDLY_OPENING = 'Bà con mình lưu ý nhé:';
export const SOUTHERN_CLOSING = 'Có gì chưa rõ thì bà con cứ hỏi thẳng';

export const SPOKEN_WORDS: Readonly<Record<string, string>> = {
  'UBND cấp xã': 'Ủy ban nhân dân xã',
  'UBND cấp tỉnh': 'Ủy ban nhân dân tỉnh',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  BHYT: 'bảo hiểm y tế',
  NHCSXH: 'Ngân hàng Chính sách xã hội',
  MTQG: 'mục tiêu quốc gia',
  ĐBKK: 'đặc biệt khó khăn',
};
