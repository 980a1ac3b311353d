/**
 * Which source answers a free question (without diacritics, spoken forms already written out):
 * the standard, a support of the rules data, or the procedure; anything else goes to passage search.
 * Also how the chat tells a household told or asked about, and a request for the list of supports.
 * Support ids are checked against the rules data when the chat starts (src/chat/topics.ts).
 */
import { HOSPITAL_WORDS } from './health.ts';
import { GRAVE_ILLNESS_PHRASES, HOUSEHOLD_AWAY } from './household.ts';
import { CRIMINAL_RECORD_WORDS } from './personal.ts';
/**
 * A village or commune of the "đặc biệt khó khăn" kind, as typed (topic words are read as typed: "dbkk" beside the words).
 * "xa tui la xa dac biet kho khan thi dc ho tro them gi" (round 19): the data has no support by such a commune either.
 */
const DISADVANTAGED_PLACES: readonly string[] = [
  'xa dac biet kho khan', 'xa dbkk', 'thon dac biet kho khan', 'ban dac biet kho khan', 'ap dac biet kho khan', 'xom dac biet kho khan', 'lang dac biet kho khan',
  'thon dbkk', 'ban dbkk', 'ap dbkk', 'xom dbkk', 'lang dbkk',
];

/**
 * A pupil named ("con tui hoc lop 6", "di hoc", "hoc sinh"): money asked for one is the school's (TOPICS.supportsByWho:
 * learning_cost, tuition_exemption), never money asked to be reviewed (TOPICS.reference.review_fees `unless`).
 */
/**
 * Round 32 (tryout19): a child about to leave school ("con tui lop 8 muon nghi hoc di lam vi nha ngheo qua, co dc ho tro j ko"; was
 * the explainer of other supports, work abroad and Tết gifts, quoted by search): what helps a pupil stay is the schooling support.
 */
const PUPIL_WORDS: readonly string[] = ['hoc lop', 'hoc cap 1', 'hoc cap 2', 'hoc cap 3', 'hoc tieu hoc', 'hoc trung hoc', 'hoc sinh', 'di hoc', 'nghi hoc', 'bo hoc', 'thoi hoc'];

/**
 * A visit to a doctor or a hospital ("di kham benh", "o benh vien", "nam vien"): what it costs is the visit_cost entry (the health
 * insurance card), never the review's fees ("ho can ngheo o benh vien co phai tra tien ko", round 33 mend33a).
 */
/** What a resident types after an answer in brief for the whole card (an entry's `brief.more`). */
const IN_FULL = 'chi tiết';

const VISIT_WORDS: readonly string[] = ['kham benh', 'di kham', 'kham chua benh', 'chua benh', ...HOSPITAL_WORDS, 'kham o tram', 'tram y te'];

/**
 * A house a storm brought down ("nhà bị bão làm sập", "bị bão sập nhà"): a disaster (DISASTER_WORDS) and the housing support
 * (TOPICS.supports.housing). Not "bão sập" alone: "bão sắp tới" (a storm coming) and "thông báo sắp rà soát" fold to it
 * (round 32 words17: "bao sap toi nha tui ngheo co dc ho tro gi ko" was told the data has no rule for a house lost to a disaster).
 */
const STORM_DOWN: readonly string[] = ['bao lam sap', 'bi bao sap', 'bao sap nha', 'bao lam hu', 'bao lam sup', 'bao sap mai'];

/** A member away in prison or in military service (HOUSEHOLD_AWAY.absent), said anywhere. */
const ABSENT_PHRASES: readonly string[] = Object.values(HOUSEHOLD_AWAY.absent).flatMap(({ phrases }) => phrases);
/** What only looks like a member away ("bi tu choi" holds "bi tu"): no member-away subject then. */
const ABSENT_MISREAD: readonly string[] = Object.values(HOUSEHOLD_AWAY.absent).flatMap(({ misread }) => misread);

/** A house or crop lost to a disaster ("nhà bị lũ cuốn", "cháy nhà"). Not "bão" alone: it folds like "bao" (bao nhiêu). */
const DISASTER_WORDS: readonly string[] = [
  'lu cuon', 'bi lu', 'lu lut', 'lu troi', 'lu quet', 'ngap lut', 'nuoc cuon', 'cuon troi', 'sat lo', 'thien tai', 'bao lu', 'mua bao',
  // Not "bị bão" alone: "bị báo là ko đủ điều kiện" (was told; round 36 mend36b, was the review after a disaster).
  'bi bao troi', 'bi bao tan',
  // "bao lut sap nha, nha tui ko ngheo co dc ho tro j ko" (round 34 tryout21's miss, round 36 words22): "bão lụt".
  'bao lut', 'lut bao',
  ...STORM_DOWN, 'bao cuon', 'bao giat', 'chay nha', 'nha bi chay', 'bi chay', 'chay het', 'hoa hoan', 'dong dat',
];

/** "khieu nai cho ai", "khiếu nại với ai": to whom a resident complains of the review's result (disagreeing_result). */
/**
 * The district level gone (since 01/07/2025), as residents say it: "huyen bi bo", "het huyen", "hong con huyen" (round 42 resid45);
 * TOPICS.reference.recognition_authority reads them as who recognises the household and where it files now.
 */
const DISTRICT_GONE: readonly string[] = ['huyen bi bo', 'huyen bi xoa', 'huyen xoa', 'huyen bi dep', 'dep huyen', 'het huyen',
  'huyen hong con', 'huyen hok con', 'hong con huyen', 'hok con huyen', 'bo het huyen'];
const COMPLAIN_TO_WHOM: readonly string[] = ['cho ai', 'voi ai', 'ai', 'len ai', 'gui ai', 'toi ai', 'den ai'].map((whom) => `khieu nai ${whom}`);

/** "nha tui bi lu cuon", "nha tui bi sat lo": the household's own house told hit by a disaster (DISASTER_WORDS). */
const OWN_HOUSE_DISASTER: readonly string[] = [...new Set(['nha tui', 'nha toi', 'nha minh', 'nha em'].flatMap((house) =>
  DISASTER_WORDS.filter((disaster) => !disaster.startsWith('nha ')).map((disaster) => `${house} bi ${disaster.replace(/^bi /u, '')}`)))];

/**
 * "răng mà khó rứa, nhà tui nghèo mà ko dc chi hết" (round 38 resid38; was the vocational-training explainer, "khó" found in "khó
 * khăn"): the household poor "but" given nothing, not yet recognised. The household or its speaker said poor ("nhà [tui] nghèo",
 * "tui nghèo"), not a class ("hộ nghèo mà ko dc gì" is a recognised household's supports). Not with a support named (round 38
 * mend38b): "nha ngheo ma ko dc ho tro tien dien ha" asks that support (TOPICS.losing.givenNothing).
 */
const POOR_GIVEN_NOTHING: readonly string[] = ['nha ngheo', 'toi ngheo', 'ngheo vay', 'ngheo qua', 'ngheo lam'].flatMap((poor) =>
  ['khong duoc gi', 'khong duoc ho tro', 'khong duoc huong gi', 'chang duoc gi'].map((given) => `${poor} ma ${given}`));

/**
 * "ho ngheo ma ko dc cai j het, toan nghe noi" (round 43 mend45f; was a search hit): a household recognised poor, angry it gets
 * nothing; answered with the supports of the poor and where to raise it (not "not recognised", as POOR_GIVEN_NOTHING is).
 */
const POOR_HOUSEHOLD_GIVEN_NOTHING: readonly string[] = ['ho ngheo ma', 'ho ngheo nhung'].flatMap((poor) =>
  ['khong duoc gi', 'khong duoc cai gi', 'chang duoc gi', 'chang duoc cai gi', 'khong duoc ho tro gi', 'khong nhan duoc gi'].map((given) => `${poor} ${given}`));

/**
 * "nha tui ngheo ma xa ko cho vo danh sach" (round 44 mend47d, tryout47 R11): the household kept off the list by the commune,
 * the result disputed (HEARD_LEAD in core.ts, then the disagreeing_result entry). Not "ko cho vo ho ngheo thi xa co phai tra
 * loi ko" (test/eval/residents.yaml: the FAQ on the written answer).
 */
const KEPT_OFF_LIST: readonly string[] = ['khong cho', 'khong dua', 'khong cho vao', 'chang cho'].flatMap((kept) =>
  ['vo danh sach', 'vao danh sach', 'vo ds', 'vao ds'].map((list) => `${kept} ${list}`));

/**
 * "răng nhà tui ko đc xét", "sao nha tui hok dc xet ho ngheo" (round 14, 15; "răng" opening a message is "sao", spoken.ts):
 * why the household was not recognised. "khong" after a gap starts another part of a sentence (gaps.ts), so the household
 * is named in the phrase.
 */
const NOT_RECOGNISED_ASKS = [
  ...['sao', 'sao nha toi', 'sao nha em', 'sao nha minh', 'tai sao', 'vi sao'].flatMap((why) => ['xet', 'cong nhan', 'binh xet'].map((what) => `${why} khong duoc ${what}`)),
  // "sao nha tui ngheo ma hok dc xet ho ngheo", "nha ngheo ma ko dc vo danh sach" (round 15): poor, "but" not recognised.
  ...['xet', 'cong nhan', 'binh xet', 'vao danh sach'].map((what) => `ma khong duoc ${what}`),
  // "xa ko xet cho nha tui thi sao" (round 17): the commune did not review the household.
  'khong xet cho', 'khong binh xet cho', 'khong cong nhan cho', 'khong chiu xet', 'khong chiu cong nhan',
  ...POOR_GIVEN_NOTHING,
];

/**
 * Renting or living at someone else's ("nhà tui ở nhà thuê", "ở trọ", "thuê phòng trọ", "ở nhờ nhà bà ngoại"): TOPICS.situations,
 * and the subject of the renting entry (TOPICS.reference.renting). Not "ở nhờ" alone: "nhà ở nhỏ" folds alike.
 */
const TOPICS_SITUATIONS: readonly string[] = [
  'nha thue', 'o thue', 'thue nha', 'o tro', 'nha tro', 'phong tro', 'thue phong', 'phong thue', 'o nho nha', 'o nho ba', 'o nho ong', 'o nho bo',
  'o nho cha', 'o nho me', 'o nho co', 'o nho chu', 'o nho bac', 'o nho cau', 'o nho di', 'o nho anh', 'o nho chi', 'o nho nguoi than', 'o nho ho hang',
];

/**
 * The criteria a review goes by asked ("ra soat theo chi tieu nao", "xet theo tieu chi nao"): the indicators' list
 * (TOPICS.indicatorList), though "chỉ tiêu" is also a plan's target (DOCUMENT_QUESTIONS).
 */
const INDICATOR_CRITERIA: readonly string[] = ['theo chi tieu nao', 'theo chi tieu gi', 'theo tieu chi nao', 'theo tieu chi gi', 'dua vao chi tieu nao', 'dua vao tieu chi nao'];

/** Made poor or near-poor by itself ("tự động được hộ nghèo"): TOPICS.threshold.automatic; not "tư dòng" (4 lines) to TOPICS.shortText. */
const AUTOMATIC_ASKS: readonly string[] = ['tu dong', 'tu nhien'].flatMap((way) =>
  ['duoc', 'la', 'thanh', 'vao', 'vo', 'len', 'thuoc', 'duoc xet', 'duoc cong nhan', 'duoc vao', 'duoc len', 'co ten'].flatMap((verb) =>
    ['ho ngheo', 'ho can ngheo', 'ngheo', 'can ngheo'].map((named) => `${way} ${verb} ${named}`)));

/** Words of a question for the plans' passages ("nghị quyết", "giải pháp"): TOPICS.documentQuestions, and what no case entry answers. */
const DOCUMENT_QUESTIONS: readonly string[] = [
  'ty le', 'chi tieu', 'muc tieu', 'nghi quyet', 'ke hoach', 'nhiem vu', 'giai phap', 'doi ngu', 'dieu tra vien', 'nguon von', 'ngan sach',
  'chu tri', 'phoi hop',
  // A reduction asked as a yearly rate ("NQ05 Trà Vinh giảm hộ nghèo bình quân mỗi năm bao nhiêu", round 36 staff24; was the
  // standard's lines).
  'giam ho ngheo binh quan', 'giam ty le ho ngheo binh quan',
];

/** The Kinh, the majority, said of oneself ("toi dan toc kinh"): TOPICS.reference.ethnic_majority, never the minority's entry. */
const ETHNIC_MAJORITY: readonly string[] = ['dan toc kinh', 'nguoi kinh', 'toc kinh', 'nguoi dan toc kinh'];

/** A year of study ("học năm 2", "học năm thứ hai"): a student's (TOPICS.supports.higher_education_fee), unless a school level is named. */
const STUDY_YEARS: readonly string[] = ['1', '2', '3', '4', '5', '6', 'nhat', 'hai', 'ba', 'tu', 'cuoi'].flatMap((year) => [`hoc nam ${year}`, `hoc nam thu ${year}`]);

/** An ethnic minority said of oneself ("nha tui dan toc h mong", "nguoi dtts"): TOPICS.reference.ethnic_minority. */
const ETHNIC_WORDS: readonly string[] = ['dan toc', 'dtts', 'dong bao', 'h mong', 'hmong', 'khmer', 'kho me', 'dan toc thieu so'];

/** "thêm chỉ tiêu", "chỉ tiêu mới" (round 34 words19): indicators asked as added or new (TOPICS.changes.asks, newIndicators). */
const NEW_INDICATOR_ASKS: readonly string[] = ['them chi tieu', 'bo chi tieu', 'chi tieu moi', 'chi tieu gi moi', 'chi tieu nao moi'];

/** The social pension by its own names (NĐ 176/2025: "tiền già", "lương hưu xã hội"), TOPICS.supports.social_pension and TOPICS.noCarer. */
const PENSION_NAMES: readonly string[] = ['huu tri xa hoi', 'tro cap huu tri', 'luong huu xa hoi', 'luong huu', 'luong hu', 'tien huu', 'tien gia', 'tien nguoi gia'];

/**
 * An old person with nobody to support them ("ong ba gia ko ai nuoi", "ba cu song 1 minh ko con cai", the cadre's "không có người
 * có nghĩa vụ phụng dưỡng"): one of the groups of the monthly social allowance (NĐ 20/2021 Điều 5 khoản 5 điểm a, poor households).
 */
const NO_CARER: readonly string[] = [
  'khong ai nuoi', 'khong nguoi nuoi', 'khong co ai nuoi', 'khong co nguoi nuoi', 'khong ai phung duong', 'khong nguoi phung duong',
  'khong co nguoi phung duong', 'khong ai phung dung', 'khong nguoi phung dung', 'nghia vu phung duong', 'quyen phung duong', 'khong ai cham soc', 'khong co ai cham soc', 'khong nguoi cham soc', 'neo don',
  'khong noi nuong tua', 'khong noi nuong toa', 'khong con chau', 'khong co con chau', 'khong con cai', 'khong co con cai', 'khong ai lo', 'khong co ai lo',
];

/**
 * A husband or wife who died, a widowed parent ("chong tui chet roi", "vo tui mat som", "goa vo nuoi con"): a single parent, one
 * of the groups of the monthly social allowance (TOPICS.supports.social_assistance), and a loss the answer is sorry for first
 * (TOPICS.bereaved). Said as the words are read: "tui" is "toi", a gap word between; "vo" before a death or after "góa" is "vợ"
 * (spoken.ts). Round 40 resid40: "vo tui mat som, tui nuoi 2 dua nho, co tro cap j ko" was a check started ("vo tui mat" never
 * matched the words read).
 */
const WIDOWED: readonly string[] = [
  'chong chet', 'chong mat som', 'chong mat roi', 'chong qua doi', 'vo chet', 'vo mat som', 'vo mat roi', 'vo qua doi', 'goa chong', 'goa vo',
  'me goa', 'cha goa', 'bo goa',
  // "ba xa tui mat nam ngoai, tui nuoi 2 con" (Southern "bà xã", "ông xã": wife, husband; round 40 resid40, was a check started).
  'ba xa mat', 'ba xa chet', 'ba xa qua doi', 'ong xa mat', 'ong xa chet', 'ong xa qua doi',
];

/**
 * The certificate by the names residents give it ("giấy chứng nhận", "sổ hộ nghèo", "giấy xác nhận hộ cận nghèo"): TOPICS.procedureCertificate
 * and the lost certificate's (reference.lost_certificate.asks).
 */
const CERTIFICATE_NAMES: readonly string[] = [
  'giay chung nhan', 'giay ho ngheo', 'giay ho can ngheo', 'giay can ngheo', 'giay xac nhan', 'so ho ngheo', 'so ho can ngheo', 'so can ngheo', 'the ho ngheo',
  // "mat het giay to ho ngheo" (round 37 resid37): the household's papers of its class, the certificate among them.
  'giay to ho ngheo', 'giay to ho can ngheo',
];

/**
 * Waiting long for the result ("sao lau z", "lam j ma lau dzậy", "lau roi chua thay j"): TOPICS.procedure and procedureAsks.duration.
 * Not "lâu" alone: "lâu dài", "bao lâu" of a loan.
 */
const WAITING_WORDS: readonly string[] = [
  'sao lau', 'ma lau', 'lau vay', 'lau z', 'lau dzay', 'lau the', 'cho lau', 'doi lau', 'cho hoai', 'doi hoai',
  'chua thay gi', 'chua thay j', 'chua thay ket qua', 'chua co ket qua', 'chua thay tra loi', 'chua ai tra loi',
];

/**
 * Who files ("tui tu nop dc ko", "nho nguoi khac nop dum dc ko", round 35 procedure25; were passages): TOPICS.procedure and
 * procedureAsks.apply, the procedure in brief (the household files Mẫu số 04 in person or by post).
 */
const FILING_WHO: readonly string[] = ['tu nop', 'tu di nop', 'tu lam ho so', 'tu dang ky', 'nop dum', 'nop giup', 'nop thay', 'nop ho', 'lam dum', 'lam giup ho so', 'di nop'];

/**
 * Identity papers ("ko co cccd co lam dc ko", round 35 procedure25; was a passage): TOPICS.procedure and procedureAsks.papers,
 * the step on what to bring (giấy tờ tùy thân of the one named).
 */
const IDENTITY_PAPERS: readonly string[] = ['cccd', 'can cuoc', 'cmnd', 'chung minh nhan dan', 'giay to tuy than', 'ho chieu'];

/**
 * Registering again each year ("ho ngheo co phai dang ky lai moi nam ko", round 38 resid38): TOPICS.procedure and
 * procedureAsks.timing, the yearly review first; TOPICS.procedureYearly, the data's answer before it (round 38 mend38f).
 */
const REGISTER_YEARLY: readonly string[] = [...new Set([
  // "sang nam phai lam lai ho so ko", "qua nam co can khai lai ko" (round 41 resid41; were an explainer found by search): a year
  // ahead, this year or each year, then filing again in any of its words (each pair was listed one by one before).
  // "sang nam 2027 co phai lam lai giay to ko" (round 41 resid42; was "ngoài phạm vi"): a year of the 2027–2030 period named.
  ...['nam sau', 'sang nam', 'qua nam', 'nam toi', 'nam moi', 'nam nay', 'moi nam', 'hang nam', 'nam 2027', 'nam 2028', 'nam 2029', 'nam 2030'].flatMap((year) =>
    ['co phai ', 'phai ', 'co can ', 'can ', 'co '].flatMap((must) =>
      ['lam lai', 'dang ky lai', 'nop lai', 'khai lai', 'lam ho so lai', 'lam giay to lai'].map((again) => `${year} ${must}${again}`),
    ),
  ),
  // Not "đăng ký lại" alone: "phai dang ky lai ko" after the commune-merger note asks of the merger (round 37 mend37d).
  'dang ky lai moi nam', 'dang ky lai hang nam', 'dang ky moi nam', 'dang ky hang nam', 'nam nao cung phai dang ky', 'nam nao cung dang ky', 'moi nam phai dang ky',
  'moi nam deu phai dang ky', 'hang nam phai dang ky', 'nam nao cung phai xet', 'moi nam phai xet', 'moi nam deu xet', 'moi nam co xet',
  // "nha tui dc cong nhan ho ngheo nam ngoai, nam nay co phai lam lai ko" (round 39 mend39c; was the household check): filing
  // ("làm", "nộp", "đăng ký") again this year or each year, a year named beside it.
  'nam nay co phai lam lai', 'nam nay phai lam lai', 'nam nay co lam lai', 'nam nay lam lai', 'nam sau co phai lam lai', 'nam sau phai lam lai',
  'lam lai moi nam', 'lam lai hang nam', 'nam nao cung phai lam lai', 'moi nam phai lam lai', 'moi nam deu phai lam lai',
  'nam nay co phai dang ky lai', 'nam nay phai dang ky lai', 'nam nay co phai nop lai', 'nam nay phai nop lai', 'nop lai moi nam', 'moi nam phai nop lai',
  // "nam nay co phai lam lai ho so ho ngheo ko" (round 40 resid40; was the lost-certificate card, its "làm lại"): a year, or each
  // year, named before the filing again.
  'moi nam co phai lam lai', 'hang nam co phai lam lai', 'hang nam phai lam lai', 'nam nay co can lam lai', 'nam nay can lam lai', 'qua nam co phai lam lai',
  'sang nam co phai lam lai', 'nam moi co phai lam lai', 'nam toi co phai lam lai', 'nam sau co lam lai', 'nam nay co phai lam ho so lai', 'nam nay phai lam ho so lai',
  // "nam sau co phai dang ky lai ho ngheo ko" (round 40 resid40; was the 2027 standard's whole card): registering again next year.
  'nam sau co phai dang ky lai', 'nam sau phai dang ky lai', 'nam toi co phai dang ky lai', 'sang nam co phai dang ky lai', 'qua nam co phai dang ky lai',
  'nam sau co phai nop lai', 'nam sau phai nop lai',
])];

/** Whom to ask ("hỏi ai", "gặp ai"): TOPICS.procedureWhom, and the procedure in brief as where to file (procedureAsks.where). */
const WHOM_TO_ASK: readonly string[] = ['hoi ai', 'gap ai', 'lien he ai'];

/**
 * An income said to be at the line ("đúng bằng chuẩn nghèo", "bằng mức chuẩn"): TOPICS.threshold.atLine and incomeCounting.line.
 * Not "đúng chuẩn" alone: "áp dụng chuẩn" folds to it.
 */
const AT_THE_LINE = ['bang chuan', 'bang muc chuan', 'bang dung chuan', 'bang dung muc chuan'];

/**
 * An amount said to be exactly it ("thu nhap dung bang 1.500.000"): TOPICS.threshold.classAsked and `exactly`. "đúng mốc",
 * "bằng mốc" (round 40 mend40b, tryout40 [044]: "1.500.000 dung moc thi sao" started a check with it as the household's income).
 */
const EXACT_AMOUNT = ['dung bang', 'dung moc', 'bang moc', 'dung muc chuan'];

/**
 * A short text asked as a post (TOPICS.shortText.asks): to send, post or read out to others ("đăng nhóm zalo", "gửi bà con").
 */
const SHORT_TEXT_POSTED: readonly string[] = [
  'tin nhan', 'soan tin', 'dang nhom',
  'dang len nhom', 'nhom zalo', 'dang zalo', 'gui zalo', 'gui nhom', 'gui ba con', 'bao ba con', 'nha van hoa', 'bang tin',
  'soan thong bao', 'viet thong bao', 'ban tin', 'viet tin', 'soan noi dung', 'noi dung tuyen truyen', 'bai ngan', 'tin ngan',
  // "Soạn 5 câu hỏi đáp (FAQ) thường gặp về hộ cận nghèo để đăng lên trang của xã": the rules data answers, not a passage.
  'hoi dap', 'faq', 'cau hoi thuong gap',
  // "soạn bài cảnh báo lừa đảo thu tiền làm hồ sơ hộ nghèo" (findings N38-84): a post asked for by the word "bài".
  'soan bai', 'viet bai', 'bai dang', 'bai tuyen truyen',
  // Round 23: "gui cho ba con doc ve chuan ngheo moi" (was the whole 2027 card, 3.133 characters).
  'gui cho ba con', 'cho ba con doc', 'gui cho nhom',
  // Round 25 (tryout7): "viết giúp thông báo nhắc bà con nộp giấy đề nghị xét hộ nghèo ở UBND xã" (was the procedure in full,
  // addressed to "bạn"): a notice asked with "giúp" between, or bà con reminded.
  'viet giup thong bao', 'soan giup thong bao', 'nhac ba con',
  // Round 39 mend39b: "Có tin đồn năm 2027 hộ nghèo bị cắt hết hỗ trợ, soạn câu trả lời bác bỏ giúp tôi" (was the chat's answer,
  // 1.829 characters with the whole standard): an answer asked written for others. Not "bac bo" alone ("Bắc Bộ" reads the same).
  'soan cau tra loi', 'viet cau tra loi', 'soan loi tra loi', 'cau tra loi bac bo', 'tra loi bac bo', 'bai bac bo', 'tin bac bo',
];

/**
 * Words with a shortened answer naming its readers or a post ("cho ba con nghe", "cho thon", "viet bai", "in ra giay"):
 * TOPICS.shorten.readers; the shortened answer is written for them, not to the one who asked.
 */
/** The South named as how a post is to be worded (TOPICS.shorten.southern). */
const SOUTHERN_ASKED: readonly string[] = [
  'mien nam', 'giong mien nam', 'tieng mien nam', 'giong nam bo', 'tieng nam bo', 'nam bo', 'giong mien tay', 'mien tay', 'giong nam', 'kieu mien nam',
  'van mien nam', 'giong sai gon',
];

const SHORTEN_READERS: readonly string[] = [
  'viet bai', 'mot bai', 'mau', 'cho nguoi gia', 'nguoi gia', 'nguoi lon tuoi', 'cac cu', 'ong ba', 'ba con', 'cho ba con',
  'thon', 'ap', 'xom', 'lang', 'to dan pho', 'khu pho', 'cho thon', 'cho ap', 'cho xom', 'ca thon',
];

/** A short message asked of the last answer ("soạn thành tin nhắn ngắn để gửi nhóm"): its short form (TOPICS.shorten). */
const SHORTEN_MESSAGE: readonly string[] = [
  'tin nhan ngan', 'doan tin ngan', 'tin ngan gon',
  // Round 42 (mend43a): "lam thanh tin nhan zalo", "chuyen thanh tin zalo gui ba con" after an answer (was "ngoài phạm vi"): a post.
  'tin nhan zalo', 'tin zalo', 'doan tin zalo', 'tin nhan gui zalo',
  // "viet bai dang ngan dinh chinh giup", "soan bai dinh chinh" after an answer (was "ngoài phạm vi"): a post correcting a rumour.
  'dinh chinh', 'bai dinh chinh', 'tin dinh chinh',
];

/**
 * "viet bang giong than thien hon", "noi gan gui hon cho ba con" after an answer (round 42 mend43a; was "ngoài phạm vi"): the same
 * answer as a post for bà con, opened warmly (short.ts friendlyText), figures and statuses kept (TOPICS.shorten.friendly).
 */
const FRIENDLY_ASKED: readonly string[] = [
  'than thien', 'than thien hon', 'gan gui', 'gan gui hon', 'than mat hon', 'nhe nhang hon', 'de gan hon', 'am ap hon',
  // Round 43 (mend45c): "viết kiểu thân mật như nói chuyện với hàng xóm" (was "ngoài phạm vi").
  'than mat', 'noi chuyen voi hang xom', 'hang xom',
];

/** Round 23: "in ra", "in ra giay de dan bang tin" after an answer: the same as a post to print (was "ngoài phạm vi"). */
const SHORTEN_PRINTED: readonly string[] = ['in ra', 'in ra giay', 'de in', 'ban in', 'in giay', 'dan bang tin', 'dan len bang tin'];

/** What a thing or a document is, asked ("là sao", "là cái gì", "nghĩa là gì"): TOPICS meaning and documents' overview, one list. */
export const WHAT_IT_MEANS: readonly string[] = ['la sao', 'la cai gi', 'nghia la gi'];

/** What was just said is not understood ("là sao", "nghĩa là sao", "ý là sao"): the unclear follow-up and "plainer", one list. */
export const SAID_UNCLEAR: readonly string[] = ['la sao', 'nghia la sao', 'y la sao'];
/** "ko hieu j het", "kho hieu qua": the last answer not understood (TOPICS.shorten.plainer, notUnderstood). */
const NOT_UNDERSTOOD: readonly string[] = ['khong hieu', 'chua hieu', 'kho hieu', 'khong hieu gi', 'khong hieu gi het', 'khong hieu gi ca', 'doc khong hieu'];

/** Places after "nhà ở tê/trong" that make them say where the house is (TOPICS.housePlaced); not "tinh" ("trong tình trạng"). */
const HOUSE_PLACE_AFTER: readonly string[] = [
  'nui', 'rung', 'xom', 'ap', 'thon', 'ban', 'lang', 'hem', 'ngo', 'kiet', 'que', 'xa', 'phuong', 'huyen', 'kia', 'do', 'ruong', 'vuon', 'bien', 'song',
];

/**
 * A disabled member named ("ba tui bi liet", "con tui bi khuyet tat nang"): the disability entry's subject, and the words it is
 * asked in brief by (TOPICS.reference.disability). Not "liệt" alone: "liệt kê".
 */
const DISABILITY_WORDS = [
  'khuyet tat', 'tan tat', 'bi liet', 'liet giuong', 'nam liet', 'bai liet', 'liet nua', 'liet chan', 'liet tay', 'liet toan than', 'bai nao', 'mu loa',
  'bi mu', 'khiem thi', 'cam diec', 'thieu nang', 'tam than', 'tai bien',
  // "con tui bi down co dc ho tro j ko" (round 27): Down syndrome, autism (was every support of every class).
  'bi down', 'hoi chung down', 'tu ky', 'tu ki',
  // "tui bi cut 1 chan, dc tro cap bn 1 thang" (round 31 tryout17; was an explainer quoted by search): a limb lost.
  'cut chan', 'cut tay', 'cut mot chan', 'cut mot tay', 'cut 1 chan', 'cut 1 tay', 'cut hai chan', 'cut 2 chan',
];

/**
 * A loss during the year (fire, flood, lost job, grave illness): the sudden_hardship entry's subject, and the words it is asked in
 * brief by (TOPICS.reference.sudden_hardship).
 */
const HARDSHIP_WORDS = [
        ...DISASTER_WORDS, 'mat viec', 'mat mua', 'mat trang', 'tai nan', ...GRAVE_ILLNESS_PHRASES, 'bien co', 'dot xuat', 'trang tay', 'cuon het',
        // Not "mất hết" alone: "mat het ho tro", "mat het giay to" (round 36 mend36b; were the review after a disaster).
        ...['nha', 'tai san', 'do dac', 'lua', 'hoa mau', 'mua mang', 'von', 'cua cai', 'ruong', 'ghe'].map((lost) => `mat het ${lost}`),
        'that nghiep', 'bi duoi viec', 'cho nghi viec',
];

/** The household's members changed: the member_change entry's subject, and the words it is asked in brief by. */
const MEMBER_CHANGE_WORDS = [
        'qua doi', 'mat roi', 'da mat', 'moi mat', 'vua mat', 'chet roi', 'tu tran', 'sinh con', 'sinh them', 'de them', 'them nguoi', 'them thanh vien',
        'bot nguoi', 'bot thanh vien', 'thay doi thanh vien', 'thay doi nhan khau', 'thay doi so nguoi', 'tach ho', 'tach khau', 'lay chong', 'lay vo',
        'cuoi vo', 've o chung',
        // "con trai tui moi cuoi vo ra o rieng thi tach ho ngheo sao ad" (round 18): a member moving out to live apart.
        'ra o rieng', 'ra rieng', 'o rieng ra',
];

/** Where the household lives or moves, members away: the residence entry's subject, and the words it is asked in brief by. */
const RESIDENCE_WORDS = [
        'chuyen ho khau', 'chuyen khau', 'cat khau', 'nhap khau', 'ho khau', 'thuong tru', 'tam tru', 'cu tru o', 'noi cu tru',
        'chuyen nha', 'chuyen cho o', 'chuyen noi o', 'chuyen di noi khac', 'don nha', 'don di', 'doi cho o',
        // "tui dọn vo binh duong lam cong nhan ca nha, ho ngheo o que con dc huong ko" (round 29 tryout12; was every support of poor
        // households): the household moved to another place by "dọn vô/vào/lên/về", or "vô/lên … sống" (not "ra ở riêng": member_change).
        'don vo', 'don vao', 'don len', 'don ve', 'vo song', 'vao song', 'len song',
        // "nha ngheo tui don ra binh duong o tro, ho ngheo co mat ko", "nha tui chuyen tu quang nam vo dong nai, so ho ngheo co chuyen
        // theo dc ko" (round 30 tryout14; was a province's plan, an explainer on the ministry, quoted by search): moved "ra" a place,
        // or "chuyển vô/vào" one, and the list asked to follow the household.
        'don ra', 'chuyen theo', 'chuyen qua tinh', 'chuyen sang tinh',
        'xa khac', 'phuong khac', 'tinh khac', 'noi khac', 'huyen khac',
        'di lam xa', 'lam an xa', 'di lam an', 'di xa', 'xa nha', 'di lam tinh', 'di lam o', 'lam cong nhan o', 'lam cong ty o', 'lam thue o',
        // A member abroad asked to be counted (TOPICS.memberCounted): its other_supports words are then no support.
        ...HOUSEHOLD_AWAY.abroad,
        // "nha tui co ong chong dang o tu, con tui di nghia vu quan su, z nha tui con tinh may nguoi", "Thành viên đang chấp hành án
        // phạt tù có được tính vào nhân khẩu của hộ khi rà soát không?" (round 34 tryout22's misses, round 36 words22; were "ngoài
        // phạm vi" and passage search): a member in prison or in military service, asked to be counted.
        ...ABSENT_PHRASES,
];

/** A child under 6 named ("be 4 tuoi", "con tui 8 thang"): the young_children entry's subject, and the words it is asked in brief by. */
const YOUNG_CHILD_WORDS = [
        'duoi 6 tuoi', 'tre duoi 6', 'tre em duoi 6', 'be duoi 6', 'con duoi 6', 'con nho duoi 6', 'nho duoi 6', 'duoi 6t',
        'co con nho', 'co be nho', 'co em be', 'con con nho', 'con nho xiu', 'dua nho',
        ...[1, 2, 3, 4, 5].flatMap((age) => [`be ${age} tuoi`, `con ${age} tuoi`, `moi ${age} tuoi`, `chau ${age} tuoi`, `em be ${age} tuoi`]),
        // "be 18 thang", "con tui 8 thang" (round 35 mend35b): an age in months; not "con 3 tháng" alone ("còn 3 tháng"). "con toi":
        // "con tui 8 thang dc ho tro j ko" read in its written form (round 35 mend35e; was every class's list), "con tui" as typed.
        ...Array.from({ length: 35 }, (_, index) => index + 1).flatMap((months) =>
          [`be ${months} thang`, `em be ${months} thang`, `con tui ${months} thang`, `con toi ${months} thang`, `chau ${months} thang`]),
];

/**
 * "… được phê duyệt theo quyết định nào?", "… tại văn bản nào?", "QĐ 417 phê duyệt gì", "NQ 257 quy định gì" (round 42 cadre44):
 * an entry's documents asked (TOPICS.reference.national_programme.brief; a cadre's formal question keeps the whole card, core.ts),
 * and a document of the programme asked what it rules (documents.ts programmeDocument).
 */
/**
 * "Tổng kinh phí Chương trình 2021–2025 là bao nhiêu", "Kinh phí chương trình MTQG 2026–2035 bao nhiêu?" (round 45 cadre48; the
 * 2026–2035 card was 2.104 characters, its budget third): a programme's money asked, its `budget` lines (topics.ts entryBudget).
 */
export const BUDGET_ASKED: readonly string[] = [
  'kinh phi', 'tong von', 'nguon von', 'ngan sach', 'von bao nhieu', 'bao nhieu von', 'bao nhieu ty', 'bao nhieu tien', 'tong muc dau tu',
];

export const DOCUMENTS_ASKED: readonly string[] = [
  'van ban nao', 'quyet dinh nao', 'nghi quyet nao', 'quy dinh gi', 'quy dinh j', 'phe duyet gi', 'phe duyet j', 'phe duyet tai',
  'phe duyet theo', 'phe duyet o', 'cua quyet dinh', 'theo quyet dinh', 'can cu nao', 'van ban gi', 'quyet dinh gi',
  // "Chương trình MTQG giảm nghèo 2026–2030 gồm những văn bản nào" (round 43 cadre45; was a search snippet without NQ 424).
  'nhung van ban', 'cac van ban', 'gom van ban',
];

/** A standard asked of the review of a year ("… áp dụng khi nào đối với rà soát năm 2026", TOPICS.reference.review_standard). */
// "Đề nghị cho biết chuẩn hộ nghèo áp dụng cho kỳ rà soát cuối năm 2026." (round 46 law53; was the 2026 standard's table "áp dụng
// ngày 31/12/2026", as if known): the review at a year's end named, whose standard is not known (rules/reference.yaml review_standard).
const REVIEW_OF_YEAR: readonly string[] = [
  'doi voi ra soat', 'doi voi ky ra soat', 'doi voi dot ra soat', 'cho ky ra soat nam', 'cho dot ra soat nam', 'cho ky ra soat cuoi nam', 'cho dot ra soat cuoi nam',
];

/** A commune said to bear the name of a poor commune ("vẫn lấy tên xã nghèo", "sao xã tui còn là xã nghèo"): rules/reference.yaml poor_communes. */
const POOR_COMMUNE_NAMED: readonly string[] = [
  'ten xa ngheo', 'van la xa ngheo', 'goi la xa ngheo', 'van con xa ngheo', 'xa ngheo hoai', 'sao la xa ngheo', 'xep xa ngheo', 'sao xa ngheo',
  'xa ngheo ma',
];

export const TOPICS = {
  /** The poverty standard itself: its lines and who counts as poor. */
  standard: [
    'chuan ngheo', 'chuan moi', 'muc chuan', 'nguong ngheo', 'muc song trung binh', 'thu nhap bao nhieu', 'bao nhieu thi la ho', 'bao nhieu thi duoc ho',
    // "bn tien thi dc ho ngheo" (round 34 mend34b; was the supports explainer): the money before "thì" and the class is the line asked
    // ("ho ngheo dc bn tien", the money after the class, stays what the class gets).
    'bao nhieu tien thi la ho', 'bao nhieu tien thi duoc ho',
    // "chuẩn cận nghèo năm 2027 thành thị là 2,5 triệu đúng không" (findings36 N36-05): the near-poor line is the standard's.
    'chuan can ngheo', 'chuan ho can ngheo', 'nguong can ngheo',
    // "sao nam nay 2026 van dung chuan 1tr5" (round 39 mend39c; was the ministry explainer): the line still used, its amount after it.
    'van dung chuan', 'van ap dung chuan', 'con dung chuan', 'van xai chuan', 'van lay chuan', 'con ap dung chuan',
    // Round 26 tryout9: "Đề nghị cho biết chuẩn hộ nghèo khu vực thành thị áp dụng trong năm 2026" (was passage search: Dự án 5 housing).
    'chuan ho ngheo',
    // "31/12/2026 thì áp dụng chuẩn nào", "hôm nay chuẩn nào đang áp dụng": the standard asked without "nghèo".
    'chuan nao', 'chuan dang ap dung', 'chuan hien hanh', 'ap dung chuan', 'chuan cu',
  ],
  /**
   * A province's own standard asked about ("tp hcm co chuan rieng hok", "chuẩn nghèo của thành phố"): the standard card
   * answers, which names the provinces' own standards (rules/local/); the chat leads with those of the provinces named.
   */
  /**
   * Words that may stand with a province told alone right after a support's card ("tui o Ha Noi", "nha em o sai gon a", "con o
   * tp hcm thi sao"; round 42 resid45, was the same card again): where the household lives, what changes there (chat/local.ts).
   */
  placeToldAround: ['o', 'song o', 'dang o', 'o tai', 'tai', 'tui', 'toi', 'em', 'minh', 'con', 'nha', 'nha tui', 'nha toi', 'nha em', 'nha minh',
    'que', 'que tui', 'ha', 'a', 'ad', 'nhe', 'thi sao', 'thi', 'vay', 'the', 'con neu', 'neu', 'thanh pho', 'tp', 'tinh', 'ben',
    // "nha tui o quan Long Bien ha noi do ad" (round 43 mend45a; was "ngoài phạm vi"): the Southern endings, as followUp.placeAround.
    'do', 'ma', 'ne', 'day'],
  /**
   * Round 43 (mend45a): the unit before the province told after a support's card ("o quan Long Bien ha noi", "huyen Cu Chi tp hcm",
   * "phuong 5 tra vinh"): the unit word and up to `names` words of its name, read with the province (chat/local.ts). `district`:
   * the level abolished on 01/07/2025, said so with the answer (where to go is now the phường, xã).
   */
  placeToldUnits: {
    district: ['quan', 'huyen', 'thi xa'],
    commune: ['phuong', 'xa', 'thi tran', 'ap', 'thon', 'khom', 'xom', 'khu pho', 'to dan pho'],
    names: 3,
  },
  /**
   * A loss feared in its own clause ("tui so thoat ngheo roi mat bhyt", round 43 mend45e): the worry beside the question, not what
   * it asks (chat/topics.ts withoutFearedLoss); `fear` and `loss` both said.
   */
  lossFeared: { fear: ['so', 'lo', 'ngai'], loss: ['mat', 'bi cat', 'bi mat', 'het duoc', 'khong con'] },
  /**
   * Farm work told of the household ("lam ruong", "trong lua", "lam ray"), no area said (round 43 resid46): the class said first is
   * worked out at the rural lines, said so with the other area's class (chat/settled.ts classFirstLead); the area is still asked.
   */
  farmwork: ['lam ruong', 'lam lua', 'trong lua', 'cay lua', 'lam ray', 'lam nuong', 'lam nong', 'nong dan'],
  localStandard: [
    'chuan rieng', 'chuan ngheo rieng', 'chuan dia phuong', 'chuan ngheo dia phuong', 'chuan cua thanh pho', 'chuan ngheo cua thanh pho',
    'chuan thanh pho', 'chuan ngheo thanh pho', 'chuan cua tp', 'chuan ngheo cua tp', 'chuan cua tinh', 'chuan ngheo cua tinh',
  ],
  /**
   * The income line asked in any word order ("bn thu nhập thì được coi là hộ nghèo", "thu nhập dưới mức nào thì
   * nghèo", "lương bao nhiêu mới được cận nghèo"): one `amount`, one `subject` and a class named.
   */
  threshold: {
    /**
     * An income exactly at the poverty line asked ("Hộ có thu nhập đúng bằng chuẩn nghèo thì xếp loại gì?", round 31 tryout18; was
     * the whole card, about 5.000 characters): which class the line itself falls in, first and short (info.ts atLineLead); `not`:
     * the standard a review uses ("xét bằng chuẩn nào"), no income at it.
     */
    /**
     * An amount said to be at the line ("thu nhap dung bang 1.500.000", "bằng chuẩn"): its class is said to take it in ("bằng hoặc
     * thấp hơn chuẩn", settled.ts perPersonLead); unsaid, the band's "≤" says it (round 32 mend32c: "1.5 trieu la ho gi" within 1.300).
     */
    exactly: [...EXACT_AMOUNT, ...AT_THE_LINE],
    atLine: { words: AT_THE_LINE, not: ['chuan nao', 'chuan gi', 'xet bang', 'ra soat bang', 'tinh bang', 'chuan moi hay', 'chuan cu hay'] },
    amount: ['bao nhieu', 'muc nao', 'muc bao nhieu', 'duoi muc', 'toi da', 'khoang nao', 'nhieu nhat'],
    // The line is per person: "bn tiền 1 người 1 tháng thì nghèo" asks it without saying "thu nhập".
    // "hộ nghèo năm 2031 chuẩn là bao nhiêu": the standard named alone with a class and an amount.
    subject: ['thu nhap', 'luong', 'kiem', 'kiem duoc', 'tien 1 nguoi', 'tien moi nguoi', 'binh quan', 'dau nguoi', 'chuan', 'nguong'],
    // "Hộ có thu nhập bình quân đúng 2.200.000 đồng ở nông thôn năm 2027 là hộ gì": which class an income is, no class named.
    /**
     * Made poor or near-poor by the figure itself asked ("2 trieu nam 2027 co tu dong dc ho ngheo ko", round 43 resid47; was "Không
     * đúng: 2.000.000 đồng không phải là mức …"): the amount's class, said first that nothing is automatic (core.ts).
     */
    automatic: AUTOMATIC_ASKS,
    classAsked: [
      'la ho gi', 'thuoc ho gi', 'la ho nao', 'thuoc ho nao', 'thuoc dien gi', 'thuoc dien nao', 'la ho loai gi', 'xep vao ho gi', 'xep loai gi',
      // "Hộ gia đình có thu nhập 2.500.000 đồng/người/tháng ở phường, năm 2027 thuộc loại nào?" (round 46 tryout50 C22; was a passage).
      'thuoc loai nao', 'thuoc loai gi', 'thuoc loai ho nao', 'thuoc loai ho gi', 'la loai ho nao', 'la loai ho gi', 'xep loai nao', 'xep vao loai nao',
      // A cadre's household with its figures, "Hộ khu vực nông thôn thu nhập bình quân 1.400.000 đồng/người/tháng, thiếu hụt 2 chỉ số thì
      // phân loại thế nào?" (round 28): its class (was the explainer of what a near-poor household is).
      'phan loai the nao', 'phan loai nhu the nao', 'phan loai ra sao', 'xep loai the nao', 'xep loai nhu the nao', 'xep loai ra sao', 'xep loai ho gi',
      // A cadre's two classes to choose from, "Hộ ở nông thôn thu nhập bình quân 2.200.000 đồng/người/tháng, thiếu hụt 3 chỉ số, từ năm
      // 2027 là hộ nghèo hay hộ cận nghèo?" (round 30 tryout15): its class (was a passage with the 2026 line of 1.500.000 đồng).
      'la ho ngheo hay ho can ngheo', 'la ho ngheo hay can ngheo', 'thuoc ho ngheo hay ho can ngheo', 'thuoc ho ngheo hay can ngheo',
      'thi ho ngheo hay ho can ngheo', 'thi ho ngheo hay can ngheo',
      // "thu nhap 2tr5 o thanh pho nam sau la ngheo hay can ngheo" (round 34 law23; was a passage with the 2026 lines): "hộ" left out.
      'la ngheo hay can ngheo', 'thuoc ngheo hay can ngheo', 'thi ngheo hay can ngheo', 'la ngheo hay la can ngheo',
      // "thu nhap dung bang 1.500.000 o nong thon thi sao" (round 32 words17; was a passage): an income said exactly, its class.
      ...EXACT_AMOUNT,
    ],
    /**
     * Round 18: "nghi dinh moi ve chuan ngheo so may", "nghị định chuẩn nghèo mới là nghị định nào": the document's number is
     * asked; it leads, then the figures (the card a button away).
     */
    /**
     * The income level of the classes ("mức thu nhập hộ nghèo, cận nghèo, trung bình … 2026 2027", round 37 staff25; was search):
     * with a class named and years written apart, the lines of each standard over them side by side (info.ts bracketsReply).
     */
    brackets: ['muc thu nhap', 'nguong thu nhap', 'chuan thu nhap', 'muc chuan thu nhap'],
    decree: ['nghi dinh nao', 'nghi dinh so may', 'nghi dinh so bao nhieu', 'nghi dinh gi', 'nghi dinh may', 'so may', 'so hieu', 'van ban nao', 'van ban gi', 'van ban so may'],
  },
  /**
   * Asking what makes a household poor ("tiêu chí xác định hộ nghèo năm 2026 theo văn bản nào", "làm sao biết nhà mình có
   * phải hộ nghèo"): with a class named and no support, the standard of the year asked answers, even when the review is
   * named too ("tiêu chí xét hộ nghèo").
   */
  // "ho trung binh nam 2027 thi tinh sao" (findings31 R07): how a class is counted that year is its standard.
  criteria: [
    'tieu chi', 'lam sao biet', 'sao biet', 'the nao la ho', 'the nao thi la', 'nhu the nao la', 'dieu kien de la', 'dieu kien la ho', 'theo chuan nao', 'chuan nao',
    'tinh sao', 'tinh the nao', 'xet sao', 'xet the nao',
    // Round 22, a cadre: "Theo Điều 3 Nghị định 07/2021/NĐ-CP, hộ cận nghèo khu vực nông thôn được xác định thế nào?" asks the
    // standard's criteria (was the explainer); "hộ cận nghèo là gì" stays TOPICS.meaning.
    'duoc xac dinh the nao', 'duoc xac dinh nhu the nao', 'duoc xac dinh ra sao',
    // "2027 xet ho ngheo theo gi" (round 33 law21; was the whole 2027 card, 3.275 characters, or on 05/01/2027 the procedure).
    'ngheo theo gi', 'ngheo dua vao gi', 'ngheo dua tren gi', 'xet theo gi', 'xet dua vao gi', 'xet dua tren gi',
  ],
  /**
   * With `criteria`, the whole asked ("Tiêu chí xác định hộ nghèo … gồm những gì?", "tiêu chí … theo văn bản nào", "nêu đầy đủ"):
   * the standard's card; without these a resident's "xet ho ngheo theo tieu chi nao" gets the criteria in short (round 32 law18).
   */
  criteriaInFull: ['gom', 'bao gom', 'nhung gi', 'nhung tieu chi', 'liet ke', 'day du', 'chi tiet', 'cu the', 'van ban nao', 'can cu', 'quy dinh'],
  /**
   * Households counted by criterion ("Xã có 138 hộ nghèo theo tiêu chí A và 30 hộ theo tiêu chí B thì phân loại thế nào", round 45
   * cadre48; was the 2026 card in brief): a count of households (a number before "hộ") with `criterion` and `classify` said. Each
   * household is classed on both criteria at once (info.ts criterionCountsAnswer), and what A and B are is asked.
   */
  criterionCounts: {
    criterion: ['tieu chi', 'chi tieu thu nhap', 'chi tieu thieu hut'],
    classify: ['phan loai', 'xep loai', 'xep vao', 'xep the nao', 'tinh the nao', 'tinh sao', 'thuoc dien', 'thuoc loai', 'tong hop', 'la ho gi', 'la loai gi', 'bao cao'],
  },
  /**
   * Checking one's own household ("tom tat cach tu kiem tra ho can ngheo"): asked like `criteria` (the standard answers), and a
   * short text also says how to check with the assistant (/kiemtra).
   */
  selfCheck: ['tu kiem tra', 'cach kiem tra', 'kiem tra xem', 'tu xem', 'tu danh gia', 'tu xac dinh'],
  /**
   * What a class is ("hộ cận nghèo là thế nào", "hộ nghèo là gì"). Asked of a later year than today's ("tu thang 1 nam sau ho can
   * ngheo la the nao", "sang nam ho ngheo la sao"), that year's standard answers, like `criteria` (round 21; was the explainer,
   * whose figures are today's); asked of no year, the explainer.
   */
  meaning: ['la gi', 'la j', ...WHAT_IT_MEANS, 'nghia la sao', 'la the nao', 'la nhu the nao', 'xac dinh the nao', 'xac dinh sao', 'xac dinh nhu the nao', 'hieu the nao', 'hieu sao'],
  /** The procedure: where to apply, how long, how to be recognised. */
  procedure: [
    // "báo cáo kết quả rà soát lên đâu", "bao cao len dau" (round 41 cadre41; was an explainer's six steps, or "ngoài phạm vi"):
    // where the commune reports the review's result (procedureAsks `report`).
    'bao cao ket qua ra soat', 'bao cao ket qua binh xet', 'bao cao len dau', 'bao cao len tinh', 'bao cao len cap nao', 'xa bao cao',
    // "hoi UBND thi xa Duyen Hai" (round 41 cadre41; was an old letter of that town quoted): asking a former district-level body is
    // whom to ask, the commune (procedureAsks `district`); the place is context only.
    'hoi ubnd thi xa', 'hoi ubnd huyen', 'hoi uy ban thi xa', 'hoi uy ban huyen', 'hoi uy ban nhan dan thi xa', 'hoi uy ban nhan dan huyen',
    // "em can lap danh sach ho can ra soat, gom nhung ho nao" (round 41 cadre42; was an explainer): the review's list (procedureAsks
    // `review_list`).
    'danh sach ho can ra soat', 'lap danh sach ho can',
    'thu tuc', 'nop giay', 'nop don', 'lam don', 'viet don', 'nop ho so', 'nop o dau', 'giay de nghi', 'bao lau thi', 'bao lau moi', 'xet ho ngheo', 'xet ho can ngheo',
    'dang ky ho ngheo', 'dang ky ho can ngheo', 'lam ho ngheo', 'vao ho ngheo', 'vao ho can ngheo', 'de duoc cong nhan',
    // Asking to be taken in ("xin vô cận nghèo", "xin xét", "đăng ký cận nghèo"), with or without "hộ".
    'xin vao', 'xin xet', 'xin cong nhan', 'vao can ngheo', 'dang ky can ngheo', 'lam can ngheo',
    // "muon xin ho ngheo thi lam sao", "xin ho can ngheo o dau".
    'xin ho ngheo', 'xin ho can ngheo', 'xin lam ho',
    // Round 25 (tryout7): "man rang de dc ho can ngheo rua ad" (Central "mần răng" = "làm sao"), "muon dc ho can ngheo thi lam
    // sao": how to become one, asked as being it.
    'de duoc ho ngheo', 'de duoc ho can ngheo', 'de duoc la ho ngheo', 'de duoc la ho can ngheo', 'muon duoc ho ngheo', 'muon duoc ho can ngheo',
    'muon duoc la ho ngheo', 'muon duoc la ho can ngheo',
    // "răng nhà tui ko được hộ nghèo rứa" then "mần răng để được xét" (round 31 tryout17; was an explainer on renting quoted by
    // search): how to be reviewed, the class left unsaid.
    'de duoc xet', 'muon duoc xet', 'lam sao duoc xet',
    // A cadre's formal question about the review: its steps, time limits and forms (the procedure data has them).
    // Not "bao nhiêu ngày", "phát sinh" alone: "tiền ăn bao nhiêu ngày", "chi phí phát sinh" are about a support.
    'quy trinh', 'cac buoc', 'buoc ra soat', 'ra soat thuong xuyen', 'ra soat dinh ky', 'thoi han', 'bao nhieu ngay de', 'may ngay de',
    'ngay de cong nhan', 'mau so', 'ngheo phat sinh', 'phat sinh trong nam',
    // "thông báo về rà soát hộ nghèo": the review itself is what the procedure data describes.
    'ra soat ho ngheo', 'ra soat ho can ngheo',
    // "viet thong bao loa xa ve ra soat" (round 18): the review named after "về", a text about it.
    've ra soat', 'lich ra soat',
    // The papers ("làm hồ sơ hộ nghèo cần giấy tờ gì") and whom to ask ("hỏi cán bộ giảm nghèo ở đâu"): the card names both.
    // Not "hồ sơ hộ nghèo" alone: "quản lý hồ sơ hộ nghèo" is a plan's task.
    'lam ho so', 'ho so xin', 'can giay to', 'giay to gi', 'giay to nao', 'nhung giay to',
    'can bo giam ngheo', 'can bo phu trach giam ngheo', 'gap can bo',
    // Being reviewed again ("bao lâu phải xét lại"): the review is the procedure.
    'xet lai', 'ra soat lai',
    // "làm giấy ở đâu", "xin giấy chứng nhận hộ cận nghèo": the certificate is what the procedure ends with.
    'lam giay', 'xin giay',
    // "soạn giúp thông báo ngắn: hộ nghèo nhận giấy chứng nhận ở đâu" (round 30 tryout15; was a passage, and in the chat the class's
    // supports): where the certificate is received, the procedure's last step.
    'nhan giay chung nhan', 'lay giay chung nhan', 'giay chung nhan o dau', 'nhan giay o dau', 'lay giay o dau',
    // Round 22: "chung nhan ho ngheo xin o thon hay o xa": where to apply, the village or the commune.
    'xin o thon', 'xin o xa', 'nop o thon', 'nop o xa', 'thon hay xa', 'thon hay o xa',
    // Round 22: "co can xac nhan cua truong thon ko": who confirms the application (the procedure: the Chủ tịch UBND cấp xã).
    'xac nhan cua truong thon', 'truong thon xac nhan', 'xac nhan cua thon', 'thon xac nhan', 'xac nhan cua truong ap', 'truong ap xac nhan',
    'xac nhan cua to truong', 'to truong xac nhan', 'xac nhan cua truong ban', 'truong ban xac nhan',
    // Round 16, after a household's result: "len xa dang ky o dau", "bao gio thi xet", "khi nao xet" (where, when it is reviewed).
    'dang ky o dau', 'len xa dang ky', 'ra xa dang ky', 'bao gio thi xet', 'bao gio xet', 'khi nao thi xet', 'khi nao xet', 'xet khi nao', 'thang may xet',
    // Round 17, after a household's result: when the review is ("khi nao ra soat", "chung nao xet") and when its decision comes
    // ("bao gio thi biet ket qua ad", "chung nao co giay", "nop roi thi doi bao lau").
    'khi nao ra soat', 'bao gio ra soat',
    // "khi nao thi ra soat", "khi mo thi ra soat" (round 37 resid37; were a passage on the form's points, the review explainer):
    // "thì" between the when-word and the review, as "khi nao thi xet" above.
    'khi nao thi ra soat', 'bao gio thi ra soat', 'chung nao thi ra soat', 'luc nao thi ra soat', 'chung nao ra soat', 'luc nao ra soat', 'ra soat khi nao', 'ra soat luc nao', 'ra soat chung nao',
    // "bua mo can bo xuong nha kiem tra" (round 37 mend37b; was the definition of hộ nghèo): the cadres' visit to the home is the
    // review's survey, its days asked by the when-word (procedureAsks.timing).
    'xuong nha kiem tra', 'den nha kiem tra', 'toi nha kiem tra', 'xuong kiem tra nha', 'den kiem tra nha', 'xuong nha khao sat', 'den nha khao sat',
    'xuong nha ra soat', 'den nha ra soat', 'xuong nha dieu tra', 'den nha dieu tra',
    'chung nao xet', 'chung nao thi xet', 'xet chung nao', 'luc nao xet', 'xet luc nao',
    'biet ket qua', 'bao lau co ket qua', 'khi nao co ket qua', 'bao gio co ket qua', 'chung nao co ket qua', 'khi nao ra ket qua', 'bao gio ra ket qua',
    'khi nao co giay', 'bao gio co giay', 'chung nao co giay', 'bao lau co giay', 'khi nao nhan giay', 'bao gio nhan giay', 'doi bao lau', 'phai cho bao lau',
    'khi nao duoc cong nhan', 'bao gio duoc cong nhan', 'chung nao duoc cong nhan', 'bao lau duoc cong nhan',
    'chung nao ra ket qua', 'bua nao ra ket qua', 'bao lau ra ket qua', 'bua nao xet', 'bua nao ra soat', 'thang may ra soat', 'thang nao ra soat',
    'thang nao xet', 'nop con kip', 'nop co kip',
    // "het han ra soat chua" (round 17): whether the review's time is over (certificate_validity's `unless`: not the certificate's term).
    'het han ra soat', 'het han xet', 'het han binh xet', 'het han dang ky',
    // "qua nam moi xa con ra soat ko" (round 35 procedure25; was an explainer quoted by search): whether the review is held, no class named.
    'co ra soat', 'con ra soat', 'ra soat nua', 'co dot ra soat',
    // "sao lau z", "lam j ma lau dzậy", "nop ho so lau roi chua thay j" (round 35 procedure25; was a plan's passage on "lâu dài"): a
    // household waiting for its result asks how long the review takes (procedureAsks.duration).
    ...WAITING_WORDS,
    ...FILING_WHO, ...IDENTITY_PAPERS,
    // "nha tui o xa lam, di len xa ko dc, lam sao dang ky" (round 38 resid38; was a plan's passage on "đăng ký thoát nghèo"): how to
    // register, nothing else named, is the household's registration (procedureAsks.apply: filed in person or by post).
    'lam sao dang ky', 'dang ky sao', 'dang ky lam sao', 'dang ky the nao', 'dang ky nhu the nao', 'dang ky bang cach nao',
    // "lam sao de dc vao danh sach ho ngheo" (round 39 mend39c; was an explainer on the yearly review that never said where to
    // file): getting onto the list is the household's application (procedureAsks.apply: where, what, when).
    'vao danh sach ho ngheo', 'vao danh sach ho can ngheo', 'vo danh sach ho ngheo', 'vo danh sach ho can ngheo', 'dua vao danh sach ho',
    // "ho ngheo co phai dang ky lai moi nam ko" (round 38 resid38; was that passage too): registering again each year is the yearly
    // review (procedureAsks.timing).
    ...REGISTER_YEARLY,
  ],
  /**
   * What a procedure question asks besides the procedure ("khi nào rà soát hộ nghèo năm nay": timing), by the `about` tag
   * of rules/procedure.yaml: the steps with that tag come first.
   */
  /**
   * "muon hoi ve ho ngheo thi hoi ai o xa" (round 29 words14; was a passage on vocational training): whom to ask, said of the
   * poverty list (a class or TOPICS.referenceContext named), is the procedure in brief (where the household files, the cadre of
   * UBND cấp xã). Not alone: "vay hoi ai" (= vậy hỏi ai) after a reply is read against that reply.
   */
  procedureWhom: WHOM_TO_ASK,
  // Registering again each year (round 38 mend38f): the data's line on it (rules/procedure.yaml `again`) leads the schedule.
  procedureYearly: REGISTER_YEARLY,
  /**
   * "so ho ngheo lam o dau", "giay chung nhan ho ngheo lam o dau" (round 35 procedure25; was an explainer's sentence on the 15 days):
   * the certificate named with where or how it is got (procedureAsks `where`, `apply`) is the procedure in brief, where to file first.
   */
  procedureCertificate: CERTIFICATE_NAMES,
  /**
   * Words that may stand with whom to ask or a class alone and add nothing (smallTalk.around beside): "hoi ai", "gio hoi ai ad"
   * alone (round 35 procedure25; was an explainer on the social pension) is the procedure in brief, led by where to file and
   * the cadre to ask; "ho ngheo", "ve ho ngheo" right after it, the class that was about (topics.ts classAlone).
   */
  /**
   * The procedure named as such ("thủ tục xét hộ nghèo", what its brief tells to type; "quy trình rà soát") or its steps asked
   * ("các bước", `procedureSteps`): its whole card. A resident's question on it with nothing of it asked ("ra soat ho ngheo hang nam
   * lam sao", "tui ko biet chu, lam sao dang ky ho ngheo"; round 36 short27, were the whole card, 1.722 characters on a phone) gets
   * it in brief, the card one "chi tiết" away; so does the procedure named, its steps not asked, typed as residents type ("quy trinh
   * ra soat ho ngheo the nao", round 40 short33: was the whole card, 1.822 characters).
   */
  procedureInFull: ['thu tuc', 'quy trinh', 'trinh tu'],
  procedureSteps: ['cac buoc', 'nhung buoc', 'buoc nao', 'day du'],
  procedureAround: ['thi', 'gio', 'bay gio', 'z', 'day', 'do', 'de', 'phai', 'can', 'nen', 'di', 'ta', 'ho', 've', 'cua', 'la'],
  procedureAsks: {
    // "tui lo qua dot ra soat roi" (round 41 mend41a; was a 2023 provincial resolution's passage on BHYT): the yearly review
    // missed is no end: the ongoing review (Mẫu số 04 at UBND cấp xã, any month) leads. Read before `timing` ("dot ra soat").
    // Said of the review only (no "trễ hạn" alone: a loan paid late), so they name the procedure by themselves (readTopic).
    missed: ['lo dot', 'lo qua dot', 'lo mat dot', 'lo ra soat', 'bo lo dot', 'bo lo ra soat', 'tre dot ra soat', 'qua han ra soat', 'het dot ra soat', 'qua dot ra soat roi',
      'khong kip ra soat', 'ko kip ra soat', 'khong kip dot', 'ko kip dot', 'ko kip dang ky', 'khong kip dang ky', 'chua kip dang ky'],
    // "tui ko co giay to j het, lam ho ngheo dc ko" (round 39 mend39c; was the papers step alone, "mang theo … giấy tờ tùy thân"):
    // a household without papers, read before `papers`: the papers step, then the data's line on having none (whom to ask).
    no_papers: ['ko co giay to', 'khong co giay to', 'chua co giay to', 'mat giay to', 'mat het giay to', 'ko co cccd', 'khong co cccd', 'chua co cccd', 'mat cccd',
      'ko co can cuoc', 'khong co can cuoc', 'chua co can cuoc', 'mat can cuoc', 'ko co cmnd', 'khong co cmnd', 'mat cmnd', 'ko co giay to tuy than',
      'khong co giay to tuy than'],
    // "can giay to j de xin giay chung nhan" (findings21 Q08): the papers to bring, first.
    // A cadre's "giấy đề nghị dùng mẫu nào" (round 26 short8): the form is among the papers.
    papers: [...IDENTITY_PAPERS, 'giay to gi', 'giay to nao', 'can giay to', 'ho so gi', 'ho so nao', 'can ho so', 'mang theo gi', 'can mang gi', 'can nhung gi', 'giay to can',
      'mau nao', 'mau so may', 'mau gi', 'theo mau'],
    // "bao lau thi co ket qua", "may ngay thi biet dc ko" (round 16): how long until the decision; the steps with its time limit
    // (rules/procedure.yaml about: duration) lead, with that limit said first (topics.ts durationLead).
    duration: [
      'bao lau thi co', 'bao lau co', 'bao lau moi co', 'bao lau thi biet', 'bao lau moi biet', 'bao lau thi duoc', 'bao lau moi duoc', 'bao lau thi xong',
      'mat bao lau', 'may ngay thi', 'may ngay moi', 'may ngay co', 'bao nhieu ngay thi', 'bao nhieu ngay moi', 'bao lau co ket qua', 'lau khong',
      // Round 17: the decision itself asked for ("bao gio thi biet ket qua ad", "chung nao co giay", "nop roi thi doi bao lau"). Read
      // before `timing`: "bao giờ" asked of the result is the time limit, not the review's days.
      'biet ket qua', 'co ket qua', 'ra ket qua', 'co giay', 'nhan giay', 'doi bao lau', 'cho bao lau',
      'khi nao duoc cong nhan', 'bao gio duoc cong nhan', 'chung nao duoc cong nhan', 'bao lau duoc cong nhan',
      ...WAITING_WORDS,
    ],
    // "quy trinh ra soat ho ngheo dinh ky gom may buoc" (round 17): the periodic review's steps, counted, first.
    // Where the review's result is reported (bước 5; round 41 cadre41): the district step and what is not known of it now, alone.
    report: ['bao cao len', 'bao cao ket qua', 'bao cao ve dau', 'gui bao cao', 'bao cao cho ai', 'bao cao cap nao'],
    // "em can lap danh sach ho can ra soat, gom nhung ho nao" (round 41 cadre42; was an explainer of the six steps): which households
    // the review's list holds (the data's one line, Mẫu số 01), and that the rest is not known, alone.
    review_list: ['danh sach ho can ra soat', 'lap danh sach ho', 'gom nhung ho nao', 'ho nao dua vao danh sach', 'dua ho nao vao danh sach'],
    // "Quy trình rà soát hộ nghèo thường xuyên hằng năm thực hiện thế nào khi không còn cấp huyện?" (round 28 law13, was the
    // authority card alone): the ongoing review (QĐ 24/2021 Điều 5: who files, who decides, at the commune) leads the whole card,
    // read before `district`, whose line the card keeps, and before `steps`
    // ("Quy trình rà soát thường xuyên hộ nghèo gồm các bước nào" asks that review's steps).
    regular: ['thuong xuyen', 'hang thang', 'dot xuat'],
    // "Quy trình rà soát hộ nghèo gồm các bước nào?", "các bước rà soát" (round 41 cadre41; was the card with no step asked):
    // the steps asked, numbered in their order.
    steps: ['may buoc', 'bao nhieu buoc', 'cac buoc', 'nhung buoc', 'buoc nao', 'trinh tu'],
    timing: ['khi nao', 'bao gio', 'luc nao', 'thoi gian', 'thang nao', 'thang may', 'ngay nao', 'dot ra soat', 'den han', 'han chot', 'may gio', 'bao lau phai', 'may nam', 'thong bao ra soat', 'thong bao lich ra soat', 'chung nao', 'bua nao', 'het han', 'con kip', 'co kip',
      // Round 23: "viet bai ve lich ra soat ho ngheo nam 2027": the schedule asked, its dates first (was the line that it is not known).
      'lich ra soat', 'lich xet', 'lich binh xet',
      // "nam nay co ra soat ho ngheo ko" (round 33 chains22; was the whole procedure card): whether and when this year's review is.
      'co ra soat', 'nam nay co ra soat', 'co dot ra soat', 'con ra soat', 'ra soat nua', 'co xet lai', 'co binh xet', 'ra soat chua', 'da ra soat chua', 'co ra soat lai',
      // "chừng nào xã mới xét lại hộ nghèo dzậy" (round 35 short26b; "chừng" is read as "khoảng", so "chung nao" never matched: was
      // the whole card, 1.722 characters).
      'khoang nao', ...REGISTER_YEARLY],
    // "khai thu nhập thấp hơn được ko": declaring less than the truth; the review's checks answer it (asked with any topic).
    declaring: ['khai thap', 'khai thu nhap thap', 'khai gian', 'khai man', 'khai sai', 'khai bot', 'khai khong dung', 'khai it', 'giau thu nhap', 'khai lao',
      // "viết bài đăng zalo nhắc bà con khai đúng thu nhập khi rà soát" (round 31 tryout18; was a passage on the survey's points).
      // Not "khai đúng", "khai thật" alone: "công khai đúng", "công khai thật" fold to them ("danh sach ho ngheo cong khai dung de lam gi").
      'khai dung thu nhap', 'khai dung su that', 'khai dung thuc te', 'khai thu nhap dung', 'khai cho dung', 'khai trung thuc', 'khai that thu nhap', 'khai su that', 'phai khai that'],
    // "dang ky ho ngheo o dau" (round 25, was the whole card, 1.650 characters on a phone): where to file, the procedure in brief
    // (topics.ts procedureAnswer), every step one typed question away.
    // "muon dang ky ho ngheo thi ra dau lam, nop cho ai" (round 35 short26b, was the whole card, 1.722 characters).
    // "tui gia roi ko biet chu, ai giup tui lam giay to" (round 36 tryout24; was the whole card, 1.722 characters): who helps with
    // the papers is where they are filed, the procedure in brief (the cadre of UBND cấp xã guides the household).
    where: ['o dau', 'cho nao', 'noi nao', 'den dau', 'di dau', 'ra dau', 'nop cho ai', ...WHOM_TO_ASK,
      'ai giup', 'nho ai', 'ai lam giup', 'ai lam dum', 'ai huong dan', 'ai viet giup', 'ai dien giup', 'ai viet dum', 'ai dien dum'],
    // "man rang de duoc vo ho ngheo" (round 26 short8, was the whole card, 1.653 characters): how to get in is how to file, the
    // procedure in brief as `where`.
    apply: [...FILING_WHO, 'lam sao de', 'lam the nao de', 'lam cach nao de', 'lam sao duoc', 'thi lam sao', 'phai lam sao', 'phai lam gi', 'can lam gi', 'lam gi de',
      // "thu tuc dang ky ho ngheo the nao" (round 33 long22, was the whole card, 1.722 characters): how to register, in brief.
      'dang ky the nao', 'dang ky nhu the nao', 'dang ky ho ngheo the nao', 'dang ky ho ngheo nhu the nao', 'dang ky ho can ngheo the nao',
      'dang ky ho can ngheo nhu the nao'],
    // "thu tuc xet ho ngheo huyen bo roi ma" (round 27 words10, was the whole card with the district line last): the district step
    // gone since 01/07/2025, first, then the procedure in brief.
    district: ['huyen bo', 'bo huyen', 'bo cap huyen', 'khong con huyen', 'khong con cap huyen', 'huyen khong con', 'het huyen', 'het cap huyen',
      'ubnd thi xa', 'ubnd huyen', 'uy ban thi xa', 'uy ban huyen', 'uy ban nhan dan thi xa', 'uy ban nhan dan huyen'],
  } as Record<string, readonly string[]>,
  /**
   * What residents ask that the data has nothing on (findings5 worst 15): a passage sharing the question's other words
   * ("điện thoại" for the chairman's phone number, "thuê" for a land tax) is no answer. The answer says plainly it is not
   * in the data and whom to ask; `complaint`: a complaint about an official, sent to UBND cấp xã (the data names no
   * other channel). `label`: what was asked, as the answer names it; `unless`: words that make it another question.
   */
  notInData: {
    // "dt cua can bo giam ngheo xa tui so may" (round 46 tryout50 R39; was the procedure's card): "dt" (điện thoại, also diện
    // tích) only before an official or office.
    contacts: {
      words: [
        'so dien thoai', 'so dt', 'sdt', 'so phone', 'dia chi nha', 'zalo cua', 'dt cua can bo', 'dt can bo', 'dt cua xa', 'dt ubnd', 'dt cua ubnd',
        'dien thoai cua can bo', 'dien thoai can bo', 'dien thoai cua xa', 'dien thoai ubnd', 'dien thoai cua ubnd',
      ],
      label: 'số điện thoại, địa chỉ liên lạc của cán bộ',
    },
    // `unless`: what a pupil pays ("con tui hoc lop 3 co mat tien gi ko", round 27) is the school's fee (supportsByWho).
    // "vo tui benh ung thu, ton tien qua, nha ko con j" (round 36 tryout24; was this entry beside the sick member's card): money
    // spent on an illness is no fee for papers (`unless`).
    fees: {
      words: ['mat tien', 'ton tien', 'le phi', 'mat phi', 'ton phi', 'phi lam giay', 'tien lam giay', 'chi phi lam giay'],
      label: 'lệ phí, chi phí làm giấy tờ',
      unless: [...PUPIL_WORDS, ...GRAVE_ILLNESS_PHRASES, ...HOSPITAL_WORDS, 'benh', 'om', 'ung thu', 'chua tri', 'thuoc men'],
    },
    // "ai den giup dc ko" after the disability card (round 37 resid37; was the legal-aid explainer, found by search): someone coming
    // to the home to help or care is in no support of rules/supports nor the facts; said so, with whom to ask.
    home_help: {
      words: ['ai den giup', 'ai toi giup', 'nguoi den giup', 'nguoi toi giup', 'den tan nha', 'toi tan nha', 'giup tai nha', 'cham soc tai nha', 'den nha cham soc', 'den cham soc', 'ai cham soc dum', 'ai giup dum'],
      label: 'người đến tận nhà giúp đỡ, chăm sóc (thăm hỏi, chăm sóc tại nhà)',
      unless: ['ho so', 'giay to', 'lam giay', 'lam don', 'viet don', 'dien phieu', 'ke khai'],
    },
    // "ai bao lanh" after the loan card (round 37 resid37; was "ngoài phạm vi"): a guarantor or collateral is in no card nor the facts.
    // "vay von ho ngheo co can the chap ko" (round 37 mend37a; was the loan card with no word of it): said first, over the loan
    // named (`over`), whose card follows when named (`thenNamed`; "vay co can the chap hok" and "ai bao lanh" have the line alone).
    guarantor: {
      words: ['bao lanh', 'nguoi bao lanh', 'the chap', 'tai san the chap', 'cam co', 'cam so do'],
      label: 'người bảo lãnh, tài sản thế chấp khi vay vốn',
      over: ['policy_credit'],
      thenNamed: true,
    },
    // "Hộ cận nghèo có được vay vốn nhà ở xã hội không, lãi suất bao nhiêu?" (round 39 mend39c; was the near-poor loan card alone, its
    // 7,92% as if it were that loan's): social housing and its loans are in no card nor the facts; said first, over the loan named
    // (`over`), whose card follows (`thenNamed`).
    social_housing: {
      words: ['nha o xa hoi', 'nha xa hoi', 'noxh', 'can ho xa hoi', 'chung cu xa hoi'],
      label: 'nhà ở xã hội (mua, thuê mua, vay vốn để mua: điều kiện, lãi suất)',
      // "nhà ở" names the housing support too: neither is this.
      over: ['policy_credit', 'housing'],
      thenNamed: true,
    },
    // "phi truoc ba" (round 35 words20, the round-34 tryout; was a passage): the registration fee is a tax the data has nothing on.
    taxes: { words: ['thue dat', 'mien thue', 'giam thue', 'nop thue', 'thue thu nhap', 'truoc ba'], label: 'miễn, giảm thuế, lệ phí trước bạ' },
    // "tui bi HIV co dc ho tro j ko", "dang uong thuoc ARV co dc ho tro ko" (round 34 tryout22, round 35 words20; was a passage
    // quoted by search): no support of its own for people with HIV is in rules/supports or the facts; the free legal aid, which
    // names them among its groups (rules/supports/70-legal-aid.yaml), follows. Asked with the review ("co vo ho ngheo dc hong"),
    // the review answers (`unless`).
    hiv: {
      words: ['hiv', 'aids', 'sida', 'arv', 'thuoc arv', 'nhiem hiv', 'benh hiv', 'bi hiv', 'si da'],
      label: 'hỗ trợ riêng cho người nhiễm HIV (thuốc ARV, điều trị)',
      unless: ['vo ho ngheo', 'vao ho ngheo', 'vo ho can ngheo', 'vao ho can ngheo', 'xet ho ngheo', 'xet ho can ngheo', 'xet can ngheo', 'lam ho ngheo', 'len ho ngheo'],
      then: 'legal_aid',
    },
    // "chau tui mo coi cha me, o voi ong ba, co dc ho tro j ko" (round 35 mend35e; was every class's list alone): no line for
    // orphans in rules/supports (social_assistance names other groups) nor the facts; said so. Then the monthly allowance of NĐ
    // 20/2021 Điều 5, the data's nearest (round 36 words22, "con bé mồ côi ở với ông bà nội, ông bà già rồi, có dc hỗ trợ j hông":
    // was every class's list, four lines of counts, its share buttons twice).
    // "con tui di bo toi truong tu nha mat 1 tieng, co dc ho tro xe dap ko" (round 39 resid39; was a province's plan passage): no
    // support for a bicycle or the way to school in rules/supports nor the facts; said so. Then the pupils' learning cost, the
    // data's nearest (its card brings the fee exemption).
    school_travel: {
      words: ['xe dap', 'xe dap di hoc', 'xe dua don', 'xe dua ruoc', 'tien xe di hoc', 'tien di hoc xa', 'duong di hoc', 'di bo toi truong', 'di bo den truong', 'di bo di hoc'],
      label: 'hỗ trợ xe đạp, phương tiện hay tiền đi lại cho học sinh đến trường',
      over: ['learning_cost', 'tuition_exemption'],
      then: 'learning_cost',
    },
    orphans: {
      words: ['mo coi', 'mat cha me', 'mat ca cha lan me', 'mat ca cha me', 'khong cha khong me', 'khong con cha me', 'khong co cha me'],
      label: 'hỗ trợ riêng cho trẻ em mồ côi',
      then: 'social_assistance',
    },
    // "Tỷ lệ hộ nghèo đa chiều của xã tính thế nào" (round 35 mend35e; was a province resolution's passage on its targets): how a
    // place's rate is computed is in no source of corpus/, rules/ or the facts (rules/reference.yaml national_rate has the figures
    // only); said so, with whom to ask.
    rate_method: {
      words: [
        'cach tinh ty le', 'tinh ty le ho ngheo', 'tinh ty le ho can ngheo', 'tinh ty le ngheo', 'cong thuc tinh ty le', 'cong thuc ty le',
        ...['ty le ho ngheo', 'ty le ho ngheo da chieu', 'ty le ho can ngheo', 'ty le ngheo'].flatMap((rate) =>
          ['', ' cua xa', ' o xa', ' cua phuong', ' cua thon', ' cua ap', ' dia phuong'].flatMap((place) =>
            ['tinh the nao', 'tinh sao', 'tinh ra sao', 'tinh nhu the nao', 'duoc tinh the nao', 'duoc tinh nhu the nao'].map((asked) => `${rate}${place} ${asked}`))),
      ],
      label: 'cách tính tỷ lệ hộ nghèo của một địa bàn (công thức, số hộ dùng để chia)',
      documents: true,
    },
    // "lãi suất tiết kiệm", "gửi tiết kiệm ở ngân hàng chính sách": deposits are not in the data (the credit card is a loan's);
    // `over`: it wins over the loan words it shares ("lãi suất"). Not "tiết kiệm" alone: the "tổ tiết kiệm và vay vốn" lends.
    savings: {
      words: ['gui tiet kiem', 'lai suat tiet kiem', 'lai tiet kiem', 'so tiet kiem', 'tien tiet kiem', 'tiet kiem lai suat', 'lai suat gui', 'gui ngan hang'],
      label: 'gửi tiết kiệm, lãi suất tiền gửi',
      over: ['policy_credit'],
    },
    // "ho can ngheo co dc phat gao ko" (round 10): no rice handout in rules/supports or the facts; no passage sharing "hộ nghèo".
    // "bọn em là hộ nghèo, tết này có được gạo không ạ" (round 29 tryout12; was a province's plan quoted by search): rice got.
    rice: { words: ['phat gao', 'cho gao', 'cap gao', 'ho tro gao', 'nhan gao', 'gao cuu doi', 'xin gao', 'lanh gao', 'tro cap gao', 'duoc gao', 'co gao khong', 'duoc cho gao', 'duoc phat gao', 'duoc cap gao',
      // "ho ngheo dc bn ky gao hong" (round 32 words17; was a passage): rice asked by the kilo ("kg" reads "không").
      'ky gao', 'ki gao', 'kilo gao', 'ky lo gao'], label: 'phát gạo, hỗ trợ gạo' },
    // "co dc tien an o ko", "ho ngheo co dc ho tro tien an ko", "tui ko co tien mua gao", "gao cuu tro co ko" (round 36 tryout24;
    // were "ngoài phạm vi", an explainer's meal money for vocational courses): no meal or food support for households is in
    // rules/supports or the facts. A preschool child's lunch, a course's or a hospital stay's meals name their own (`unless`, and a
    // support named keeps its card).
    food: {
      words: ['tien an', 'tien an uong', 'tien an o', 'tien mua gao', 'mua gao', 'het gao', 'thieu gao', 'gao an', 'gao cuu tro', 'cuu tro gao', 'cuu doi',
        'thieu an', 'thieu do an', 'do an', 'luong thuc', 'thuc pham', 'cuu tro luong thuc'],
      label: 'hỗ trợ tiền ăn, gạo, lương thực (cứu trợ, cứu đói) cho hộ nghèo, hộ cận nghèo',
      unless: ['mau giao', 'mam non', 'nha tre', 'an trua', 'hoc nghe', 'khoa hoc', ...HOSPITAL_WORDS, 'dieu tri', 'noi tru'],
    },
    // "Biểu mẫu báo cáo kết quả rà soát … gồm những biểu nào" (findings22 C19): the report forms sent up are not in the data
    // (rules/procedure.yaml has the household's Mẫu 01/04 only). Not "các biểu mẫu" alone: "quy trình rà soát hộ nghèo thường xuyên
    // và các biểu mẫu cần dùng" (round 39 mend39c; was this answer) asks of the procedure's forms, which the data has (Mẫu số 04).
    report_forms: {
      words: ['bieu mau bao cao', 'mau bao cao', 'bieu bao cao', 'bieu mau ket qua', 'nhung bieu nao', 'bieu tong hop'],
      label: 'biểu mẫu báo cáo kết quả rà soát gửi cấp trên',
    },
    // "ho ngheo co dc nha nuoc dong bhxh tu nguyen ko" (findings31 R09): voluntary social insurance (a pension) is not BHYT, and
    // no fact file says what the State pays of it; never the BHYT card.
    voluntary_social_insurance: {
      words: ['bhxh tu nguyen', 'bao hiem xa hoi tu nguyen', 'bao hiem tu nguyen', 'dong bhxh', 'dong bao hiem xa hoi', 'bao hiem huu tri'],
      label: 'hỗ trợ đóng bảo hiểm xã hội tự nguyện (bảo hiểm để hưởng lương hưu, khác với bảo hiểm y tế)',
    },
    // "nghe noi con gai lay chong roi van tinh vao ho nha tui, dung ko" (findings31 R07): who counts as a member of the household
    // for the review is in no fact file (only that income is divided by the members).
    members: {
      // "Thành viên hộ gia đình khi rà soát hộ nghèo được xác định thế nào?" (round 45 cadre48; was the standard's two criteria).
      words: ['tinh vao ho', 'tinh la thanh vien', 'tinh thanh vien', 'tinh nhan khau', 'tinh la nhan khau', 'thanh vien cua ho', 'thanh vien trong ho', 'con tinh trong ho', 'van tinh trong ho', 'ai duoc tinh',
        'thanh vien ho gia dinh', 'xac dinh thanh vien'],
      label: 'ai được tính là thành viên của hộ khi rà soát (con đã lấy chồng, người đi làm xa…)',
      // "bả nói chồng ở tù thì ko tính vô hộ, phải ko" (round 36 words22): a member in prison or in military service is the
      // residence entry's line on them (chưa rõ).
      unless: ABSENT_PHRASES,
    },
    // "sinh con co dc ho tro j ko", "ba bau ho ngheo dc ho tro gi" (round 16): no support for giving birth or pregnancy is in
    // rules/supports or the facts; never every class's list or a plan's passage on pregnant women.
    childbirth: {
      words: ['sinh con', 'sinh de', 'de con', 'mang thai', 'mang bau', 'co bau', 'ba bau', 'thai san', 'sap sinh', 'sap de', 'di de', 'sinh em be'],
      label: 'hỗ trợ khi mang thai, sinh con (thai sản) cho hộ nghèo, hộ cận nghèo',
    },
    // "ho ngheo co dc ho tro dat ko", "ho can ngheo dc cap dat san xuat ko" (round 16): no land (đất ở, đất sản xuất) for households is
    // in rules/supports or the facts; `then`: the support the data has nearby follows (production and livelihood support).
    land: {
      words: ['ho tro dat', 'cap dat', 'chia dat', 'xin dat', 'giao dat', 'dat o', 'dat san xuat', 'dat canh tac', 'dat ruong', 'dat trong', 'mieng dat', 'cho dat'],
      label: 'hỗ trợ đất ở, đất sản xuất (cấp, giao đất) cho hộ nghèo, hộ cận nghèo',
      then: 'livelihood',
    },
    // "nha co nguoi mat ho ngheo dc ho tro tien ma chay ko", "ho ngheo co dc ho tro tien dam ma ko" (round 18): no funeral support is in
    // rules/supports or the facts; never why a household loses its status ("mat" there is a death) nor a plan's passage.
    // Not "tien tang" ("tiền tăng"), nor "lam ma" ("làm mà").
    funeral: {
      words: ['ma chay', 'mai tang', 'dam ma', 'dam tang', 'lo tang', 'chon cat', 'an tang', 'tien hom', 'lo hau su', 'tang le'],
      label: 'hỗ trợ chi phí mai táng (ma chay) khi người trong hộ mất',
      // "ong tui huong tro cap xa hoi mat roi co dc tien mai tang ko", "tro cap mai tang phi nguoi huong huu tri xa hoi" (round 22):
      // the monthly allowance or the pension named is whose funeral, not what is asked; their cards were shown as if they
      // answered it. A funeral support is in no fact file (NĐ 20/2021, NĐ 176/2025: only the groups and the monthly payments).
      over: ['social_assistance', 'social_pension', 'social_pension_elderly'],
    },
    complaints: {
      words: ['to cao', 'to giac', 'khieu nai', 'an chan', 'an bot', 'tham nhung', 'giu tien', 'lay tien ho tro', 'phan anh can bo'],
      label: 'tố cáo, khiếu nại cán bộ',
      complaint: true,
    },
    // "Hộ nghèo năm 2027 ở phường thì áp chuẩn thành thị hay nông thôn?" (round 45 cadre48; was the 2027 explainer found by search):
    // which communes and wards are rural or urban ("khu vực đô thị" from 2027) is in no fact file; said so, then both areas' lines of
    // the year asked (`standard`).
    commune_area: {
      words: ['thanh thi hay nong thon', 'nong thon hay thanh thi', 'do thi hay nong thon', 'nong thon hay do thi', 'chuan thanh thi hay', 'chuan nong thon hay'],
      label: 'xã, phường nào thuộc khu vực nông thôn hay thành thị (đô thị) khi áp chuẩn nghèo',
      standard: true,
    },
  } as Record<string, { words: readonly string[]; label: string; complaint?: boolean; over?: readonly string[]; unless?: readonly string[]; then?: string; thenNamed?: true; documents?: true; standard?: true }>,
  /** Support id in rules/supports → the words residents name it by. */
  supports: {
    // What a visit to the doctor costs ("đi khám bệnh có phải trả tiền ko", "viện phí"): the BHYT card pays it.
    // Not "nằm viện", "đi viện" (everyday.ts: điều trị nội trú): "đi viện được hỗ trợ tiền ăn" is the explainer's meal support for inpatients.
    // "dc kham mien phi ko" (round 38 mend38d; was the legal-aid explainer, its "miễn phí"): a free visit is what the card gives.
    health_insurance_premium: ['bhyt', 'bao hiem y te', 'the bao hiem', 'kham chua benh', 'kham benh', 'chua benh', 'vien phi', 'di kham', 'kham mien phi'],
    // "lãi suất" alone is the preferential credit's ("lai suat bn" after the loan card); "được vay", "vay bao nhiêu": a loan.
    // "ho can ngheo vay dc nhiu" (round 16: "nhiu" is "bao nhiêu"). Not "vay duoc" alone: "vay dc ko" is "vậy được không".
    // "muon vay nhcsxh nuoi heo dc bn tien" (round 23): a loan wanted, whatever it is for (before livelihood's "nuôi heo").
    // "ngan hang chinh sach cho ho ngheo vay lai may phan 1 thang", "lai vay ho ngheo bn" (round 29 words14; was an explainer
    // quoted by search): the loan's interest said "lãi" without "suất".
    // "tui can vay 50tr nuoi bo dc ko" (round 39 mend39a; was the livelihood card): a loan needed is the loan, whatever it is for.
    // "ho ngheo o Nghe An vay lam an dc ko, tui muon nuoi bo" (round 45 mend49a; was the livelihood card, no word of the loan): a
    // loan said by what it is for ("vay làm ăn", "vay nuôi bò", "vay mua con giống", "vay buôn bán").
    policy_credit: ['vay von', 'vay tien', 'vay uu dai', 'lai suat', 'vay lai', 'lai vay', 'vay ngan hang', 'duoc vay', 'vay bao nhieu', 'vay toi da', 'vay duoc bao nhieu', 'vay nhcsxh', 'muon vay', 'xin vay', 'can vay',
      'vay lam an', 'vay de lam an', 'vay lam kinh te', 'vay san xuat', 'vay chan nuoi', 'vay nuoi', 'vay de nuoi', 'vay mua con giong', 'vay mua bo', 'vay buon ban', 'vay mua ban', 'cho vay'],
    preschool_lunch: ['an trua', 'com trua'],
    // Before tuition_exemption: "học phí đại học" is the fee of NĐ 238/2025 for students, not the school exemption.
    // "con tui hoc nam 2" after this card (round 37 resid37; was "ngoài phạm vi"): a year of study ("học năm 2", "năm thứ 2"), never a
    // calendar year, is a student's; a pupil says "lớp" (a school level named beside it wins: TOPICS.studyYear).
    higher_education_fee: ['dai hoc', 'cao dang', 'trung cap', 'sinh vien', ...STUDY_YEARS],
    // Before tuition_exemption: "ho ngheo co dc giam hoc phi hoc nghe ko" (round 22) is a course's fee, vocational training (QĐ
    // 46/2015), never the school exemption.
    // "Người thuộc hộ nghèo tham gia đào tạo trình độ sơ cấp được hỗ trợ những khoản gì?" (round 29 tryout12; was every support of
    // poor households): the training named by its level.
    // "tui muon hoc lai xe de chay grab, nha ngheo co dc ho tro hoc phi ko" (round 30 tryout14; was the school-fee exemption of pupils):
    // a driving course for work is a short course, the training card (its conditions say which courses), never a school's fee.
    vocational_training: [
      'hoc nghe', 'day nghe', 'dao tao nghe', 'trinh do so cap', 'dao tao so cap', 'dao tao duoi 3 thang', 'dao tao ngan han',
      'hoc lai xe', 'hoc bang lai', 'thi bang lai', 'hoc lai oto', 'hoc lai o to',
    ],
    // "co phai dong tien hoc ko": the fee paid is tuition (before learning_cost's "tiền học").
    // "ho ngheo co dc mien tien hoc cho con ko ad" (round 17): the fee's exemption asked is this card, not the learning cost.
    // "truong tu co dc ho tro ko" right after this card (round 38 resid38; was every class's list of supports): the private school
    // ("trường tư" is "trường tư thục", spoken.ts), which this card's line says.
    tuition_exemption: ['hoc phi', 'dong tien hoc', 'nop tien hoc', 'dong hoc phi', 'mien tien hoc', 'giam tien hoc', 'mien hoc', 'giam hoc', 'truong tu thuc'],
    // "ho ngheo dc ho tro tien hoc cho con ko" (round 17): money for a pupil's schooling, the poor household's learning cost (its
    // card shows the tuition exemption with it, rules/supports `related`). After the words above: "tiền học nghề", "tiền học đại
    // học" are theirs. "con ho ngheo di hoc co dc ho tro tien mua sach vo ko" (round 17): books and school things are this support too.
    learning_cost: [
      'chi phi hoc tap', 'tien hoc', 'tien di hoc', 'ho tro di hoc', 'cho con di hoc', 'tien sach vo', 'sach vo', 'mua sach', 'tien sach', 'do dung hoc tap',
      'dung cu hoc tap', 'tap vo',
      // "ho ngheo di hoc dc bn tien" (round 24): what a pupil of the household gets for going to school.
      'di hoc duoc',
    ],
    // "hỗ trợ làm nhà", "cất nhà" (Southern): building a house.
    housing: ['nha o', 'xay nha', 'sua nha', 'xay moi nha', 'nha tam', 'nha dot nat', 'lam nha', 'cat nha', 'xay lai', 'dung nha', 'dung lai nha', 'mat nha',
      'cat lai nha', 'lam lai nha', 'troi nha', 'hu nha', 'nha hu', 'sap nha', 'nha sap',
      // "ho can ngheo muon sua lai cai nha thi lam don o dau" (round 29 words14; was the procedure of the review): the house to mend
      // said with "lại", "cái" between.
      'sua lai nha', 'sua cai nha', 'sua lai cai nha', 'cat cai nha', 'xay cai nha',
      // "nha tui ho can ngheo bi nut tuong sap do toi noi" (round 28 words13; was a plan's passage quoted by search): a house
      // damaged, cracked or about to fall. Not "dột" alone ("đột quỵ"), nor "nhà dột" (a household check's answer on its house).
      'nut tuong', 'tuong nut', 'tuong bi nut', 'nha nut', 'nha bi nut', 'sap do', 'sap sap', 'nha xuong cap', 'nha cua xuong cap',
      // "nha can ngheo bi sap mai co dc ho tro ko" (round 27): a roof fallen in, said with the class between "nhà" and "sập".
      'sap mai',
      // "nha tui bi bao lam sap het roi, ho ngheo, nha nuoc co ho tro cat lai ko" (round 31 tryout17; was a BHYT explainer quoted by
      // search): a storm that brought the house down (STORM_DOWN), and rebuilding it ("cất lại … nhà"). Not "cất lại" alone: it
      // folds like "cắt lại" ("nam sau co cat lai ho tro cho ho can ngheo ko", round 32 words17, was the housing card).
      ...STORM_DOWN, 'cat lai cai nha', 'cat nha lai', 'xay nha lai',
      // Round 22: a house handed out ("ho ngheo co dc cap nha ko", "nha nuoc cap nha cho ho ngheo"), by its everyday names ("nhà tình
      // thương", "nhà đại đoàn kết"). Not "cấp nhà" alone: "cấp nhà nước".
      'duoc cap nha', 'cap nha cho', 'cap nha o', 'duoc cho nha', 'tang nha', 'nha tinh thuong', 'nha tinh nghia', 'nha dai doan ket'],
    // "ho tro sinh ke", "ho tro con giong", "ho tro nuoi bo" (after the loan words: "vay von nuoi bo" is a loan, and after
    // vocational training: "hoc nghe chan nuoi" is a course).
    livelihood: [
      'sinh ke', 'con giong', 'cay giong', 'giong cay', 'giong lua', 'giong con', 'phat trien san xuat', 'ho tro san xuat', 'mo hinh giam ngheo',
      'nuoi bo', 'nuoi heo', 'nuoi lon', 'nuoi ga', 'nuoi de', 'nuoi trau', 'nuoi vit', 'chan nuoi', 'trong trot', 'vat tu nong nghiep',
      // "ho ngheo dc cho bo ko", "co dc cap bo giong ko" (round 16): livestock handed out. Not "cho bo" alone ("cho bố tui").
      'duoc cho bo', 'duoc cap bo', 'duoc cho heo', 'duoc cho de', 'duoc cho trau', 'bo giong', 'heo giong', 'lon giong', 'de giong', 'trau giong', 'ga giong',
      // "ghe tui bi hu roi, tui di bien", "co dc ho tro sua ghe ko" (round 36 tryout24; were "ngoài phạm vi" and an explainer's house
      // repair): a fisherman's boat ("ghe", Southern) is his livelihood. Not "ghe" alone: it folds like "ghé" (to drop by).
      'sua ghe', 'ghe bi hu', 'ghe hu', 'ghe tui', 'ghe danh ca', 'ghe cua tui', 'mat ghe', 'chim ghe', 'tau ca', 'tau danh ca', 'thuyen danh ca', 'sua thuyen', 'sua tau',
      'ngu cu', 'luoi danh ca', 'ngu dan',
      // "Đi biển" only with a support asked or a boat broken: "con tui di bien, nha tui co dc xet ho ngheo ko" (round 36 mend36b; was
      // this card) asks the review.
      'di bien co duoc ho tro', 'di bien duoc ho tro', 'di bien xin ho tro', 'hu ghe', 'tau bi hu', 'thuyen bi hu',
    ],
    // "ho ngheo dc ho tro may kwh dien 1 thang" (round 18): the kWh a month (Southern "ký điện"). Round 22: "30 so dien", "dc may so
    // dien mien phi": residents' "số điện" (never "số điện thoại": gaps.ts compounds).
    // Round 30 (mend30b): "ho can ngheo xai dien co dc bot tien ko", "nha ngheo xai dien co dc giam ko": using electricity (never
    // "xài/dùng điện thoại", the phone: gaps.ts compounds).
    electricity_bill: ['tien dien', 'kwh', 'ky dien', 'so dien', 'xai dien', 'dung dien'],
    legal_aid: ['tro giup phap ly', 'luat su'],
    // "lương hưu" typed "luong hu": old people without a pension ask about the social pension (NĐ 176/2025), also when they
    // say "trợ cấp hằng tháng" ("77 tuổi k có lương hưu có được trợ cấp hằng tháng k"): before social_assistance.
    // "tiền già", "tien gia cua ong ba" (findings17 q04): the everyday name of the social pension.
    // Round 12 (findings K04): "hộ NCT có được hỗ trợ gì", "ho nguoi cao tuoi dc ho tro j": the supports of the elderly (the social
    // pension by age, NĐ 176/2025), not the list of every class's supports.
    social_pension: [...PENSION_NAMES, 'nguoi cao tuoi', 'ho nguoi cao tuoi', 'nct', 'ho nct'],
    // "tui me don than nuoi 2 dua nho co dc ho tro j ko" (round 15): a single parent raising children is one of its groups
    // (NĐ 20/2021 Điều 5, the card's condition), never the list of every class's supports.
    // "ong ba gia ko ai nuoi", "ba cu song 1 minh ko con cai" (round 20): an old person with nobody to support them is another of
    // its groups (NĐ 20/2021 Điều 5 khoản 5 điểm a, poor households: the card's condition).
    // "chong tui chet roi, nha con 3 me con, co dc ho tro j ko" (round 39; was the list of every class's supports): a widowed
    // parent is a single parent, the same group.
    social_assistance: [
      'tro cap xa hoi', 'tro giup xa hoi', 'tro cap hang thang', 'me don than', 'cha don than', 'bo don than', 'nguoi don than', 'nuoi con mot minh',
      ...WIDOWED,
      ...NO_CARER,
    ],
    // "ho ngheo dc cap dien thoai ko" (round 16): the phone handed out (the programme that ended), not the telecom indicator.
    smartphone_support: ['dien thoai thong minh', 'cap dien thoai', 'tang dien thoai', 'phat dien thoai', 'ho tro dien thoai', 'duoc dien thoai', 'cho dien thoai'],
    // "ho ngheo co dc qua tet ko": Tết gifts are decided each year (no figure in the data, ask UBND cấp xã).
    // "di lam o nhat ho ngheo dc ho tro nhiu", "con tui muon di lam o han quoc" (round 15): work abroad under contract, one of
    // these kinds of support, never where a household working away is reviewed (TOPICS.reference.residence).
    other_supports: [
      'qua tet', 'nhan qua', 'tang qua', 'xuat khau lao dong', 'xkld', 'lao dong nuoc ngoai', 'lam viec o nuoc ngoai', 'di lam nuoc ngoai', 'lam o nuoc ngoai',
      'di nhat', 'lam o nhat', 'di han quoc', 'lam o han quoc', 'di dai loan', 'lam o dai loan',
    ],
  } as Record<string, readonly string[]>,
  /**
   * A support named by who gets it and what they ask for, in any order ("người già được trợ cấp không",
   * "ng già 80 tuổi được trợ cấp bn"): one `who` and one `what` name the support (after the `supports` words
   * above, which win). `classes`: only when the question names one of these classes. A disabled member of a
   * poor household asking for an allowance gets social_assistance, whose rules entry (poor households only)
   * names người khuyết tật; without a class, the disability entry of rules/reference.yaml (every disabled person's allowance,
   * NĐ 20/2021) answers, since the poor households' card would read as if only poor households got it.
   * `over`: supports whose words this pair wins over (it is read before them). `unless`: the pair does not name the
   * support when one of these is said.
   */
  /**
   * "nhà ở" said of where the house is ("nha o bển ngheo lam, xin ho ngheo o mo", "te nha o tren nui co dc ho tro dien ko", round
   * 32 words17; was the housing card): "nhà (tui) ở bên/trên/dưới/quê …", no housing support named by it (TOPICS.supports.housing).
   */
  // "te" ("tê", over there, but also "tệ", bad: "nha o te qua, vach dat mai la") and "trong" ("trong tình trạng xuống cấp") say
  // where only with a place after them (HOUSE_PLACE_AFTER; round 32 mend32a, was a passage instead of the housing card).
  // "Hộ có 1 thành viên đi XKLĐ có tính nhân khẩu không?" (round 33 staff21; was the kinds of support that include work abroad):
  // whether a member abroad counts in the household names no support; the words of going abroad (HOUSEHOLD_AWAY.abroad) are
  // then the residence entry's.
  memberCounted: [
    'tinh nhan khau', 'tinh vao nhan khau', 'tinh la nhan khau', 'tinh khau', 'tinh vao so khau', 'tinh vao ho', 'tinh la nguoi trong ho',
    'tinh vao nguoi trong ho', 'tinh la thanh vien', 'tinh thanh vien', 'tinh vao thanh vien', 'co tinh nguoi', 'tinh so nguoi', 'tinh vao so nguoi',
    // "viết bài đăng nhóm zalo ấp nhắc người đi xuất khẩu lao động về đăng ký rà soát" (round 34 tryout22's miss, round 35 staff23;
    // was the other supports' card, work abroad among them): a member back from abroad told to register for the review.
    'dang ky ra soat', 'dang ky de ra soat', 'dang ky binh xet', 'khai bao nhan khau', 'dang ky nhan khau', 'bao nhan khau',
  ],
  /**
   * "con tui hoc nam 2 tieu hoc co dc mien hoc phi ko", "con tui hoc nam 2 mam non … tien an" (round 37 mend37b; were the students'
   * fee card): a school level named (`levels`) makes a year of study (`words`, TOPICS.supports.higher_education_fee) a pupil's year
   * there, no student's; the level's own words then name the card.
   */
  studyYear: {
    words: STUDY_YEARS,
    levels: [
      'mam non', 'mau giao', 'nha tre', 'tieu hoc', 'cap 1', 'cap 2', 'cap 3', 'cap mot', 'cap hai', 'cap ba', 'thcs', 'thpt', 'trung hoc',
      ...Array.from({ length: 12 }, (_, grade) => `lop ${grade + 1}`),
    ],
  },
  housePlaced: [
    ...['ben', 'tren', 'duoi', 'ngoai', 'que', 'gan', 'sat', 'cuoi', 'tut', 'tuot', 'hem', 'ngay', 'mien', 'ap', 'xom', 'thon', 'ban', 'lang']
      .map((place) => `nha o ${place}`),
    ...['te', 'trong'].flatMap((there) => HOUSE_PLACE_AFTER.map((place) => `nha o ${there} ${place}`)),
  ],
  supportsByWho: {
    // What the card pays when one is treated ("bhyt hộ cận nghèo được hưởng mấy phần trăm khi khám bệnh", "được chi trả bao
    // nhiêu"): the benefit level (NQ 261/2025), not the premium support, which the BHYT words alone name (`over`).
    // "hộ cận nghèo đi khám bệnh được bảo hiểm chi trả bao nhiêu phần trăm": a visit to the doctor and what is paid of it.
    health_insurance_benefit: {
      // "mien vien phi cho ho ngheo ko" (round 46 resid55; was the premium card alone): hospital fees said free are the treatment side
      // (not "viện phí" alone: "co phai dong vien phi hong" is the cost of a visit, visit_cost).
      who: ['bhyt', 'bao hiem y te', 'the bao hiem', 'the bhyt', 'kham benh', 'kham chua benh', 'di kham', 'mien vien phi', 'mien phi vien phi', 'mien het vien phi', 'mien toan bo vien phi'],
      what: [
        'muc huong', 'duoc huong', 'huong bao nhieu', 'huong may', 'huong 100', 'chi tra', 'thanh toan', 'duoc tra', 'tra bao nhieu',
        'khi kham', 'khi di kham', 'khi chua benh', 'khi nam vien', 'khi di vien', 'luc kham', 'luc di kham', 'luc nam vien',
        'kham benh duoc', 'kham chua benh duoc', 'nam vien duoc', 'vien phi duoc', 'mien vien phi',
        // "tía tui nằm viện, BHYT hộ cận nghèo trả hết viện phí ko": with the card named, a stay or its bill is what it pays.
        'tra het', 'tra du', 'tra toan bo', 'chi tra het', 'nam vien', 'di vien', 'vien phi',
        // "nguoi can ngheo di kham bhyt tra 100% tu khi nao" (round 40 mend40b, tryout40 [047]; was the premium card): what is paid, 100%.
        'tra 100', 'tra mot tram', 'chi tra 100', 'thanh toan 100',
      ],
      over: ['health_insurance_premium'],
      // Round 26 tryout9: "ho can ngheo thi bhyt nha nuoc tra bn phan tram" asks what the state pays of the card (the premium
      // support, at least 70 %), not what the card pays at the doctor's.
      unless: ['nha nuoc tra', 'nha nuoc dong', 'nha nuoc ho tro', 'ngan sach tra', 'ngan sach dong', 'ngan sach ho tro',
        // "chong tui nam vien, can ngheo, the bhyt dc ho tro bn" (round 32 follow20; was the NQ 261 benefit card): the card itself
        // supported, its fee (at least 70 % for a near-poor member), though the stay is told beside it.
        'the bhyt duoc ho tro', 'the bao hiem y te duoc ho tro', 'the bao hiem duoc ho tro', 'bhyt duoc ho tro bao nhieu', 'ho tro mua the', 'ho tro tien the',
        'ho tro dong bhyt', 'ho tro dong bao hiem'],
    },
    social_pension: {
      // Grandparents are old people in everyday speech ("bà nội tui … có được lãnh tiền hằng tháng ko").
      who: [
        'nguoi gia', 'cao tuoi', 'tuoi gia', 'ong gia', 'ba gia', 'me gia', 'bo gia', 'gia yeu', 'nguoi lon tuoi', 'lon tuoi',
        'ong noi', 'ba noi', 'ong ngoai', 'ba ngoai',
      ],
      // "bà nội tui 80 tuổi có dc tiền ko": money asked for an old person; "nguoi gia tren 75 tuoi dc lanh 500 ngan ha" (round 45
      // rumour50; was "ngoài phạm vi"): a sum drawn, "lãnh" alone.
      what: ['tro cap', 'tien hang thang', 'tien moi thang', 'luong', 'huong', 'duoc tien', 'lanh tien', 'nhan tien', 'lanh'],
    },
    // "tui nho nha tui hoc mau giao dc ho tro tien an ko" (findings35 N35-10): a preschool child and meals are the lunch
    // support (NĐ 105/2020), never the schooling indicator ("học mẫu giáo" there is a household's answer).
    preschool_lunch: {
      who: ['mau giao', 'mam non', 'nha tre'],
      what: ['tien an', 'an uong', 'bua an', 'tien com', 'an trua', 'com trua', 'an sang'],
    },
    // "con tui hoc lop 6 nha ngheo dc ho tro j ko" (round 18): a pupil and a support asked is the learning cost (its card shows the
    // fee exemption with it), never the general explainer; the supports words above win ("học nghề", "đại học", "học phí").
    learning_cost: {
      who: PUPIL_WORDS,
      what: ['ho tro', 'tro cap', 'duoc gi', 'duoc tien', 'huong gi'],
    },
    // "ho ngheo thi con di hoc lop 6 co phai dong tien j ko" (round 27): what a pupil pays is the school's fee (after learning_cost:
    // a support asked besides is that card, which shows the exemption too), never money asked to be reviewed.
    tuition_exemption: {
      who: PUPIL_WORDS,
      what: ['dong tien', 'nop tien', 'mat tien', 'ton tien', 'tra tien', 'phai dong', 'dong gi'],
    },
    social_assistance: {
      who: ['khuyet tat', 'tan tat'],
      what: ['tro cap', 'tro giup', 'tien hang thang', 'tien moi thang'],
      classes: ['poor'],
    },
    // "ho ngheo nam benh vien co dc ho tro tien an ko" (round 40 mend40a; was the explainer of every support): meals or travel
    // while treated in hospital, one of the other supports (QĐ 14/2012/QĐ-TTg, its amount not in the data).
    other_supports: {
      who: [...HOSPITAL_WORDS, 'nam benh vien', 'nhap benh vien', 'dieu tri noi tru', 'noi tru', 'o vien'],
      what: ['tien an', 'an uong', 'suat an', 'bua an', 'tien di lai', 'tien xe', 'di lai'],
    },
  } as Record<string, { who: readonly string[]; what: readonly string[]; classes?: readonly string[]; over?: readonly string[]; unless?: readonly string[] }>,
  /**
   * Someone who already has a pension ("ông tui có lương hưu rồi, có được trợ cấp gì ko"): `says` and none of `denies`. The
   * answer leads with what a pension changes: the supports of `excludes` are for people without one (NĐ 176/2025: from 75,
   * "không có lương hưu"), and for those of `unclear` the data does not say (support ids, checked at start-up).
   */
  pensionHeld: {
    says: ['co luong huu', 'co luong hu', 'an luong huu', 'lanh luong huu', 'nhan luong huu', 'huong luong huu', 'luong huu roi', 'dang co luong huu', 've huu', 'da nghi huu', 'huu tri roi'],
    denies: ['khong co luong huu', 'khong co luong hu', 'chua co luong huu', 'khong an luong huu', 'khong lanh luong huu', 'khong nhan luong huu', 'khong huong luong huu', 'chua huong luong huu', 'khong luong huu', 'khong ai co luong huu', 'khong ai co luong hu', 'khong ai an luong huu', 'khong ai lanh luong huu', 'khong ai huong luong huu'],
    excludes: ['social_pension_elderly'],
    unclear: ['social_pension'],
    /**
     * The social pension called by its everyday name ("ba noi tui 72 tuoi nha can ngheo co dc lanh luong huu xa hoi ko", round 28):
     * asked for, never a pension held, so `says` is not read inside it (was "dữ liệu không nói rõ người đã có lương hưu…" first).
     */
    socialNames: ['luong huu xa hoi', 'luong hu xa hoi', 'huu tri xa hoi'],
  },
  /**
   * How a support named is applied for ("xin luong huu xa hoi gom nhung buoc nao", "lam sao de dc tien gia 75 tuoi", "thu tuc
   * huong tro cap tuoi gia", round 22): where it is applied for, as the data has it, and that the steps are not in the data lead
   * its card. Not "là gì" ("tro cap huu tri xa hoi la gi" keeps its card first).
   */
  /**
   * The papers of a support named asked as what its file holds, words apart ("Hồ sơ hưởng trợ cấp hưu trí xã hội theo Nghị định
   * 176/2025 gồm những gì?", round 40 law33; was the card, no word on papers): one of `file` and one of `holds`.
   */
  papersListed: { file: ['ho so', 'giay to'], holds: ['gom', 'bao gom', 'thanh phan'] },
  applyingAsked: [
    'buoc nao', 'nhung buoc', 'cac buoc', 'may buoc', 'thu tuc', 'trinh tu', 'quy trinh', 'lam sao de', 'lam the nao de', 'lam sao xin', 'lam sao dang ky',
    'cach xin', 'cach lam', 'cach dang ky', 'xin the nao', 'xin nhu the nao', 'dang ky the nao', 'dang ky nhu the nao', 'lam the nao',
  ],
  /**
   * "Phong trào xóa nhà tạm, nhà dột nát hỗ trợ bao nhiêu một căn?" (round 46 cadre50; was "no figure" of today's housing support
   * alone): an ended programme named with its amount asked; its figures, as past, lead (topics.ts amountNotice).
   */
  endedProgrammeNamed: ['xoa nha tam', 'xoa nha dot nat', 'phong trao xoa'],
  /**
   * A short-text request's figure is a claim about the line or a support's amount only in a clause naming a class or the
   * standard with one of `says` ("từ 2027 hộ có dưới 1,9 triệu … là hộ nghèo", "hộ nghèo được hỗ trợ xây nhà 40 triệu") and
   * none of `householdFacts` (the resident's own income or a loan wanted: "nhà 4 người thu nhập 6 triệu", "nhà tui muốn vay 50 triệu").
   */
  claims: {
    // A rumour in chat says it too ("nghe nói chuẩn nghèo mới là 1,9 triệu", "hộ cận nghèo dc 2tr2 hả", "chuẩn nghèo 1tr9 đúng ko").
    says: [
      'la', 'duoi', 'khong qua', 'tren', 'toi da', 'muc', 'duoc ho tro', 'ho tro', 'duoc nhan', 'duoc vay', 'duoc', 'nghe noi', 'nghe bao',
      'nghe nguoi ta', 'dung khong', 'phai khong', 'tang len', 'len',
      // "Tin đồn: xóa nhà tạm vẫn còn tiếp tục năm 2026 mỗi nhà 60 triệu." (round 40 mend40c; was the housing card, no verdict).
      'moi nha', 'moi ho', 'moi can', 'van con', 'tiep tuc',
    ],
    /**
     * "tui muon vay 60tr nuoi heo dc ko" (round 41 resid41; was "Chưa xác nhận được: mức 60.000.000 đồng …", as if the figure were
     * rumoured): a sum a household wants to borrow, said back against the loan's ceiling (claims.ts loanWanted), no verdict.
     */
    // "dang ky ho ngheo online la dc nhan tien lien ha" (round 45 rumour50): registering said to pay money (claims.ts
    // registrationCashCorrection).
    registered: ['dang ky', 'dang ki', 'lam ho so', 'nop ho so', 'nop don', 'khai ho so'],
    // Tết said of money given to a class (claims.ts tetVerdict: the Tết gift, not known).
    tet: ['tet', 'an tet', 'dip tet'],
    paidOnRegistering: ['nhan tien', 'duoc tien', 'lanh tien', 'co tien', 'phat tien', 'nhan ho tro', 'lanh ho tro', 'chuyen tien ho tro'],
    loanWanted: ['muon vay', 'can vay', 'xin vay', 'tinh vay', 'dinh vay', 'muon muon', 'can muon'],
    householdFacts: ['vay', 'muon', 'nha tui', 'nha toi', 'nha em', 'nha minh', 'nha con', 'nha chau', 'cho nha', 'kiem', 'luong'],
    /**
     * "thu nhập 1,4 triệu là hộ nghèo hả" is a household's income; "hộ nghèo là thu nhập dưới 1,9 triệu" states the line: a
     * clause naming income claims only with one of `bounds` or the standard named.
     */
    income: ['thu nhap'],
    bounds: ['duoi', 'khong qua', 'toi da', 'tro xuong', 'tren', 'nguong', 'chuan', 'muc'],
    /** "dưới 1,5 triệu": strictly below, which the line ("không quá", ≤) is not; the answer says the line itself is in. */
    below: ['duoi', 'it hon', 'chua toi', 'chua den'],
    /**
     * "từ 2027 hộ dưới 1 triệu 9 là hộ nghèo": a bound before a figure, with no income word, still states the line (never a
     * support's amount), as "thu nhập dưới 1,9 triệu" does.
     */
    lineBounds: ['duoi', 'khong qua', 'tro xuong'],
    /** "chuẩn nghèo là 1,5 triệu" names the line, not a class ("là hộ nghèo" does). */
    lineNames: ['chuan ngheo', 'chuan ho ngheo', 'nguong ngheo', 'muc ngheo', 'chuan can ngheo', 'chuan ho can ngheo', 'nguong can ngheo', 'muc can ngheo'],
    /**
     * Money said to be handed out ("hộ nghèo tháng nào cũng dc phát 2 triệu", "nhà nước cho tiền", "lãnh"): a figure said with
     * one of these is money received, never the line, even when it equals a line (2.000.000 đồng is the 2026 urban line).
     */
    given: ['duoc phat', 'phat tien', 'phat cho', 'cho tien', 'duoc cho', 'nha nuoc cho', 'nhan duoc', 'lanh', 'duoc lanh', 'tra tien', 'chu cap'],
    /** A sum of money named in a rumour of money handed out ("nghe noi dc tien hang thang"): claims.given and "tiền". */
    money: ['tien'],
    /**
     * Money handed out to a class, no figure ("xa ben co phat tien cho ho ngheo ko", round 33 words18): not `given`, whose "trả
     * tiền", "lãnh" are also paying and collecting ("ho ngheo co phai tra tien ko", round 33 mend33a; was this answer).
     */
    handedOut: ['phat tien', 'phat cho', 'cho tien', 'chia tien'],
    /**
     * "co phai nam 2027 ho ngheo dc cho 5 trieu ko" (round 31 plain18): whether money said to be handed out is true, asked with
     * these or `told`: a rumour, never a household's income (src/chat/input.ts readHouseholdMessage).
     */
    truthAsked: ['co phai', 'co dung'],
    /** Said to come every month ("tháng nào cũng", "hằng tháng"): with a class and money, the monthly-cash rumour. */
    monthly: ['hang thang', 'moi thang', 'thang nao cung', 'tien thang', 'tung thang'],
    /** A rumour told as such ("nghe nói", "phải ko"), not only asked: its answer opens "Không đúng". */
    told: [
      'nghe noi', 'nghe bao', 'nghe nguoi ta', 'nguoi ta noi', 'phai khong', 'dung khong', 'co that', 'that khong',
      // "nghe trong nhom zalo noi nam 2027 bo ho can ngheo luon, thiet ko ad" (round 27): "thiệt" is the South's "thật", and what
      // a Zalo group or the neighbours say is told as heard.
      'thiet khong', 'co thiet', 'zalo noi', 'nhom noi', 'tren mang noi', 'hang xom noi', 'ba con noi',
      // "Có tin đồn năm 2027 hộ nghèo bị cắt hết hỗ trợ", "Có người nói vay vốn … lãi 0%" (round 39 mend39b): a rumour named.
      'tin don', 'co nguoi noi', 'nguoi ta don', 'ba con don',
      // "Đồn là hộ nghèo sẽ bị thu hồi sổ đỏ …" (round 40 mend40c): a rumour said by "đồn".
      'don la ho', 'don rang', 'nghe don', 'dang don', 'hay don',
    ],
    /**
     * Something said to be taken from a class, told as a rumour ("hộ nghèo bị thu hồi sổ đỏ", "… phải trả lại …", round 40 mend40c):
     * what follows (up to a clause's end or one of `takenEnds`) is what is taken. When it names no support, class nor `takenKnown`,
     * the data has no rule on it: "Chưa xác nhận được", whom to ask, never a class's supports.
     */
    taken: [
      'bi thu hoi', 'se bi thu hoi', 'bi tich thu', 'bi lay lai', 'bi doi lai', 'phai tra lai', 'phai nop lai', 'phai hoan tra', 'phai boi hoan', 'bi cat',
      // Not "bị mất": a household's own loss ("bị mất giấy chứng nhận", lost_certificate), no rumour of something taken.
      'bi tuoc',
    ],
    // Not "do" ("sổ đỏ"), nor "nha" ("nhà"): they are what is said taken.
    takenEnds: ['neu', 'khi', 'thi', 'vi', 'sau khi', 'dung khong', 'phai khong', 'co that', 'soan', 'viet', 'nho', 'giup', 'a', 'ko', 'khong'],
    /** What a class is said to lose that the cuts of supports answer (supportsCut, supportCut): "bị cắt hết hỗ trợ", "bị cắt chế độ". */
    takenKnown: ['ho tro', 'che do', 'chinh sach', 'quyen loi', 'tro cap', 'tien ho tro'],
    /**
     * "thoát nghèo là mất hết hỗ trợ ngay" (round 40 mend40c): the newly escaped said to lose every support; the data keeps some
     * for them: "Không đúng", what they keep with its status, then the entry on what they keep and how long.
     */
    escapeLoss: [
      'mat het ho tro', 'mat ho tro', 'mat het', 'mat sach', 'mat het quyen loi', 'mat het che do', 'het ho tro', 'het duoc ho tro',
      'khong con ho tro', 'khong con duoc ho tro', 'khong con gi', 'cat het ho tro', 'bi cat het', 'thoi het ho tro',
    ],
    /**
     * A support named by the words right before the figure stated of it ("ho tro nha 60 trieu", "dc nha 60 trieu": housing;
     * findings35 N35-09), where those words alone name none ("ho tro nha tui", "nha tui dc 7 trieu").
     */
    supportBeforeFigure: { housing: ['ho tro nha', 'duoc nha', 'cho nha', 'tien nha'] } as Record<string, readonly string[]>,
    /**
     * "nghe noi dang ky ho ngheo phai len tinh, dung ko" (round 23): going to a level above the commune to apply, by the level's
     * name as the answer says it (the household applies at the UBND cấp xã; no district since 01/07/2025).
     */
    aboveCommune: {
      'tỉnh': ['len tinh', 'ra tinh', 've tinh', 'xuong tinh', 'ubnd tinh', 'uy ban tinh', 'nop o tinh', 'nop tai tinh'],
      'huyện': ['len huyen', 'ra huyen', 'xuong huyen', 'ubnd huyen', 'uy ban huyen', 'nop o huyen', 'nop tai huyen', 'len quan', 'ra quan'],
    } as Record<string, readonly string[]>,
    /**
     * "chỉ số rác thải là để phạt dân hả", "thêm tiêu chí rác thải để phạt nhà nào xả rác đúng ko" (round 42 rumour43; were the
     * indicator's card and the changes, no rebuttal): an indicator said to be a fine (claims.ts indicatorFineCorrection). Never
     * "phát" of money handed out ("phat tien", "phat cho"), which fold to the same letters.
     */
    fined: ['de phat', 'xu phat', 'bi phat', 'phat dan', 'phat nha', 'phat ho', 'phat nguoi', 'nop phat', 'tien phat', 'muc phat', 'phat hanh chinh', 'phat vi pham'],
    /**
     * "nghe noi tu 2027 ai ko co smartphone la tu dong thanh ho ngheo", "nha ko co internet thi thanh ho ngheo dung ko" (round 46
     * tryout50 R52; was an explainer's passage, no verdict): a household said to become poor by `lacking` a `digital` thing alone
     * (claims.ts digitalLackCorrection). "dien thoai" alone is no digital thing ("ko co dien thoai ban" is no rumour).
     */
    digitalLack: {
      lacking: ['khong co', 'khong xai', 'khong dung', 'khong su dung', 'chua co', 'hong co', 'hok co', 'thieu'],
      digital: ['smartphone', 'dien thoai thong minh', 'internet', 'mang internet', 'wifi', 'wi fi', 'dich vu so'],
      becomesPoor: ['thanh ho ngheo', 'la ho ngheo', 'duoc ho ngheo', 'vao ho ngheo', 'xep ho ngheo', 'thanh ho can ngheo', 'vao dien ho ngheo', 'bi xep vao ho ngheo', 'tinh la ho ngheo'],
    },
    /** "tro cap xa hoi 500k 1 thang nam 2026 co tang ko" (round 46 tryout50 R45): a support's amount asked whether it rises (claims.ts raiseVerdict). */
    raiseAsked: ['tang khong', 'tang chua', 'tang muc', 'tang len khong'],
    /** "tặng" folds as "tăng": "dc tang ko" asks of a gift, no rise. */
    giftAsked: ['duoc tang', 'dc tang', 'tang cho', 'tang qua'],
    /** The words naming an indicator as such, with which one named said to be a fine is the standard's (`fined`). */
    indicatorWords: ['chi so', 'tieu chi', 'thieu hut', 'chi tieu', 'chuan ngheo'],
    /** "dc cho 100 trieu ko lai" (findings35 N35-09): money said to be lent without interest. */
    interestFree: ['khong lai', 'khong tinh lai', 'khong mat lai', 'khong co lai', 'lai 0', 'lai suat 0', 'mien lai'],
    /**
     * A loan said not to be paid back ("vay von ho ngheo ko can tra lai ha", round 44 rumour49): with `interestFree`, a loan's
     * rumour answered "Không đúng" (claims.ts supportVerdict), the loan's line with its status after it.
     */
    noRepay: ['khong can tra', 'khong phai tra', 'khoi tra', 'khong tra lai', 'khong phai hoan tra', 'khong can hoan tra', 'vay khong tra', 'cho khong'],
    /**
     * How much or which asked ("dc huong may %", "dc bao nhieu", "la gi"): a question, no rumour said as true (claims.ts
     * supportVerdict, round 44 rumour49).
     */
    howMuch: ['bao nhieu', 'may', 'gi', 'nao', 'the nao', 'ra sao', 'o dau', 'khi nao', 'lam sao', 'nhieu khong'],
    /** "co phai dong hoc phi ko": "có phải" before what one must do is "must", not "is it true" (claims.ts supportVerdict). */
    mustAfter: ['dong', 'nop', 'tra', 'lam', 'di', 'mang', 'dem', 'khai', 'ky', 'mua', 'den', 'ra', 'viet', 'chuan', 'co', 'xin', 'cho', 'dang', 'can'],
    /** "sinh con dc ho tro": "con" right after one of these is a child, never "còn" (claims.ts supportsCutCorrection). */
    childBefore: ['sinh', 'nuoi', 'de'],
    /**
     * A support said to be free of cost ("ho ngheo dc cho nha free ha", "ho can ngheo dc cap the bhyt free dung ko", round 44
     * rumour49): where its line has a share below 100% ("tối thiểu 70%"), only in part (claims.ts supportVerdict).
     */
    free: ['free', 'mien phi', 'cho khong', 'khong mat tien', 'khong ton tien', 'khong mat dong nao', 'khong ton dong nao'],
    /**
     * A support asked as a rumour heard without "nghe nói" (`told`) or "có phải" (`truthAsked`): the message ending in an echo
     * ("ho ngheo dc cho nha free ha", "… dung hok"; round 44 rumour49): its verdict first (claims.ts supportVerdict).
     */
    echoEnds: ['ha', 'ha ad', 'ha ban', 'ha chi', 'ha anh', 'ha em', 'ha co', 'ha chu', 'ha ta', 'hen', 'phai khong ad', 'dung khong ad', 'dung hong', 'phai hong', 'that hong', 'thiet hong'],
    /** "chuẩn nghèo mới": the coming standard, when one is in the data (a figure of it or of today's is no rumour). */
    coming: ['chuan ngheo moi', 'chuan moi', 'sap toi', 'sap tang', 'nam sau', 'sang nam'],
    /**
     * A class said to end, right next to the class words (CLAIM_DEFAULTS.abolishedReach): `before` it ("nghe nói năm 2027
     * bỏ hộ cận nghèo", "hết hộ nghèo", "không còn hộ cận nghèo"), `after` it ("hộ cận nghèo bị bỏ", "… không còn nữa");
     * "trả hết viện phí" after a class is no ending, nor "bố" away from one.
     */
    abolished: {
      // "nghe noi nam sau cat ho can ngheo" (round 33 words18; was the card of a household off the list): "cắt" the class too.
      before: ['bo', 'bai bo', 'xoa bo', 'khong con', 'het', 'cat bo', 'cat'],
      after: ['bi bo', 'bi xoa', 'bi bai bo', 'bi cat', 'khong con nua', 'se khong con'],
      /**
       * Asked, not told, after the class: "qua nam moi ho can ngheo con ko" (round 33 law21; was a provincial resolution's
       * passage): whether the class is still there in the standard of the day asked, "Có." with its line, never "Không đúng".
       */
      stillAsked: ['con ko', 'con khong', 'con k', 'con hok', 'con hong', 'con hem', 'con nua ko', 'con nua khong', 'con ko ad'],
    },
    /**
     * BHYT said to be 100% ("bhyt ho can ngheo nam 2027 co dc mien 100% ko", "miễn phí bảo hiểm y tế 100%"), read as the
     * premium card with the near-poor class named: two facts told apart, the premium (NĐ 188/2025) and the share of costs
     * covered (NQ 261/2025), neither confirming the whole. Not "miễn phí" alone ("ho can ngheo co dc bhyt mien phi ko": the
     * premium card), nor the share asked ("nam vien dc tra 100%": the benefit card).
     */
    fullCover: ['100', 'mot tram phan tram'],
    /**
     * "can ngheo dc mien vien phi tu 2027 phai ko", "nghe noi … di vien khong mat tien dung ko" (round 42 rumour43; were the changes
     * to 2027 or what the data lacks): hospital fees said to be free for the near-poor, with a word of a stay or a visit
     * (`hospital`), told or asked true (claims.told, claims.truthAsked): the same two facts as `fullCover`, and the roadmap.
     */
    hospitalFree: [
      'mien vien phi', 'mien phi vien phi', 'mien toan bo vien phi', 'mien het vien phi', 'vien phi mien phi', 'khong mat vien phi',
      'khong phai tra vien phi', 'khong phai dong vien phi', 'khong ton vien phi', 'khong mat tien', 'khong ton tien', 'khong phai tra tien',
      'mien phi hoan toan', 'mien phi het',
    ],
    /**
     * "ho ngheo dc mien tien dien hoan toan ha" (round 43 mend45d; was the electricity card, no verdict): the bill said wholly free
     * of the electricity support (claims.ts billFreeCorrection): not so, what the former decision gave and what is not known now.
     */
    billFree: ['mien tien dien', 'mien phi tien dien', 'hoan toan', 'khong mat tien dien', 'khong phai tra tien dien', 'xai dien free', 'dien free'],
    hospital: ['vien phi', 'nam vien', 'di vien', 'benh vien', 'kham benh', 'kham chua benh', 'di kham', 'chua benh'],
    /**
     * The fees themselves named: "100%" said of them ("mien 100% vien phi") is fees said free; said of what the card pays at a visit
     * ("di kham benh dc bhyt tra 100% dung ko") it is the benefit asked, its card (round 28 law13).
     */
    fees: ['vien phi', 'tien vien', 'chi phi nam vien'],
    /** "bao hiem y te cho ho can ngheo o xa ngheo dc 100% ko": the premium's 100% where it holds, answered by its card. */
    fullCoverWhere: ['xa ngheo'],
    /**
     * A support said to be cut for a class, told as a rumour ("nghe noi tu nam sau ho can ngheo bi cat bhyt, co that ko",
     * findings31 R12): what the data holds of that support for the class on the day asked, before the class's standard.
     */
    // "… noi nam sau bo bhyt cho ho ngheo, co thiet ko" (round 27): "bỏ" right before the support named is cutBeforeSupport.bare.
    // "nghe noi tu nam sau ho ngheo ko dc cap the bhyt nua ha" (round 45 rumour50; was "Đúng", the rumour read as its opposite): a
    // support said no longer issued.
    supportCut: ['bi cat', 'cat bo', 'cat het', 'bi bo', 'bai bo', 'khong con duoc', 'het duoc', 'ngung ho tro', 'thoi ho tro', 'khong duoc nua', 'khong duoc cap', 'khong cap nua'],
    /**
     * The supports of a class said or asked to be cut, none named ("nam sau co cat lai ho tro cho ho can ngheo ko", round 33
     * words18): that no text of the data cuts them, the class in the standard of the day asked, what the data has for it then.
     */
    supportsCut: [
      'cat ho tro', 'cat lai ho tro', 'cat het ho tro', 'cat cac ho tro', 'cat bot ho tro', 'bo ho tro', 'bo het ho tro', 'bo cac ho tro',
      'ngung ho tro', 'thoi ho tro', 'het ho tro', 'khong con ho tro', 'khong con duoc ho tro', 'cat che do', 'bo che do', 'cat chinh sach',
      'bo chinh sach', 'cat quyen loi', 'bo quyen loi',
      // "nam sau nha nuoc con ho tro ho can ngheo ko", "nam sau con ho tro ho ngheo hok" (round 34 words19; were the supports
      // explainer of today, a provincial passage): whether they still stand on the later day asked is the same answer.
      'con ho tro', 'con duoc ho tro', 'van ho tro', 'van con ho tro', 'van duoc ho tro', 'con chinh sach', 'con che do',
    ],
    /**
     * A cut said right before a support's name, no word between ("nam 2027 co bo vay von ho ngheo ko", "Năm 2027 có bỏ chính sách
     * vay vốn…", round 28 law13): asked of that support, a cut is asked whether or not it is told as heard. `cuts` anywhere;
     * `bare` ("bỏ", "cắt", "hết": also "bố", "trả hết", round 28 mend28a: "bo toi dang vay von", "tra het vay von ho ngheo roi")
     * only at the message's start, right after one of `asked` ("có bỏ", "sẽ cắt", "bị cắt"), or in a rumour told (`told`).
     */
    cutBeforeSupport: {
      cuts: ['cat bo', 'bai bo', 'xoa bo', 'ngung', 'bo chinh sach', 'cat chinh sach', 'bo che do', 'cat che do', 'bo ho tro', 'cat ho tro'],
      bare: ['bo', 'cat', 'het'],
      asked: ['co', 'se', 'bi', 'sap'],
    },
    /** "nghe noi nam nay ko con xet ho ngheo nua ha" (findings21 Q16): the review said to stop, with a class named. */
    reviewStopped: [
      'khong xet', 'khong con xet', 'ngung xet', 'dung xet', 'bo xet', 'het xet', 'khong binh xet', 'khong con binh xet',
      'khong ra soat', 'khong con ra soat', 'ngung ra soat', 'dung ra soat', 'bo ra soat', 'khong cong nhan nua',
    ],
  },
  /**
   * A monthly allowance asked for someone whose age is said ("ba tui 72 tuoi … tro cap hang thang", "ong tui 72 tuoi … tien
   * hang thang"): the social assistance and its related pensions, those the ages fit first (never "không có hỗ trợ này"
   * while a pension fits the ages).
   */
  /**
   * "Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng được hưởng trợ cấp … theo văn bản nào" (round 20): an old person
   * with no carer is the monthly social allowance's group, not the social pension the words "người cao tuổi" alone name; its card
   * leads with the pension when an age said reaches it. A pension named by its own name with no age said keeps the pension's card.
   * With no age said, the pensions by age follow the allowance, unless the allowance is `named` ("trợ cấp xã hội … theo văn bản nào").
   */
  /**
   * A husband or wife who died told (WIDOWED): the support's card opens with condolences (src/chat/core.ts). Told of someone
   * `olderThan` or more ("ba gia 80 tuoi chong mat roi o 1 minh", round 34 tryout21), those words name no single parent raising
   * children: the pension of the age told answers (src/chat/topics.ts).
   */
  bereaved: { words: WIDOWED, olderThan: 60 },
  noCarer: { words: NO_CARER, over: 'social_pension', to: 'social_assistance', unless: PENSION_NAMES, named: ['tro cap xa hoi', 'tro giup xa hoi'] },
  /**
   * "me tui bi khuyet tat" told during the household check (round 29 mend29d): the note in brief (the disabled_member lines that
   * have a `brief`), then "Xem đủ: gõ “`more`”", a question the check answers beside it with the disability card.
   */
  disabledMember: { more: 'người khuyết tật được hỗ trợ gì' },
  monthlyAllowance: [
    'tro cap hang thang', 'tro cap moi thang', 'tro cap thang', 'tien hang thang', 'tien moi thang', 'tien thang',
    // "me tui 71 tuoi co dc tien gi ko": what money someone of that age gets; "me tui 80 tuoi co dc tien ko" (round 16).
    'duoc tien gi', 'co tien gi', 'lanh tien gi', 'nhan tien gi', 'co duoc tien', 'duoc tien khong', 'duoc lanh tien', 'co lanh tien', 'duoc nhan tien',
    // "ba tui 65 tuoi o 1 minh, ho ngheo, ko con cai, co dc tro cap j ko" (findings31 R08).
    'tro cap gi', 'duoc tro cap', 'huong tro cap',
    // "ong ba tren 80 tuoi co tro cap ko" (round 25; was an explainer on learning costs naming "ông bà thuộc hộ nghèo").
    'co tro cap',
  ],
  /**
   * "nha ngheo ko ai co luong, dc tro cap bn 1 thang" (round 29): nobody in the household has a wage or pension ("lương" here is
   * that, not the income line), said beside a monthly allowance asked with no age: the social pension's card, who qualifies.
   */
  wageNone: [
    'khong ai co luong', 'khong ai an luong', 'khong ai lanh luong', 'khong ai huong luong', 'khong co luong', 'khong an luong',
    'khong lanh luong', 'khong huong luong', 'chang ai co luong', 'khong ai co luong huu', 'khong co ai co luong',
  ],
  /**
   * "nhà tui mới thoát nghèo", "nhà em là hộ cận nghèo á": the household's class told and nothing else, these words beside
   * (src/chat/input.ts readClassTold): answered with what that class gets, never a household check.
   */
  /**
   * "nha tui ngheo lam", "nha em kho khan qua": the household's hardship told, nothing asked (src/chat/input.ts
   * readHardshipTold): answered with an offer to check the household and the supports, never a passage.
   */
  hardshipTold: ['ngheo lam', 'ngheo qua', 'ngheo that', 'kho khan', 'kho qua', 'kho lam', 'tung thieu', 'thieu thon', 'cuc kho'],
  hardshipAround: ['lam', 'qua', 'that', 'ghe', 'luon', 'roi', 'a', 'ne', 'nay', 'dang', 'rat', 'that su', 'wa', 'ak', 'ah', 'oi', 'troi'],
  /**
   * "sao mà khó vậy", "răng mà khó rứa" ("rang ma" reads "lam sao"), "kho qua ad oi" alone (round 39 resid39; were a plan's passage
   * on job placement, "khó" found in "khó khăn", or "ngoài phạm vi"): a hardship said, no household, nothing named (input.ts
   * readHardshipAsked, `words` then `around` beside): asked what is hard, why a household may not be recognised, whom to ask.
   */
  hardshipAsked: {
    words: ['kho', 'kho khan', 'cuc', 'cuc kho', 'kho qua', 'kho vay', 'kho the', 'kho lam', 'kho rua', 'kho ghe'],
    around: ['sao', 'lam sao', 'ma', 'sao ma', 'vay', 'the', 'ad', 'oi', 'troi oi', 'chi', 'gi', 'a', 'ha', 'qua', 'lam', 'troi', 'that', 'nay', 'ghe', 'wa', 'z'],
  },
  /**
   * "co ai giup ko", "giup tui voi", "co ai ho tro hok": help asked in general, nothing named (src/chat/input.ts readHelpAsked),
   * each other word one of `helpAround`. While a check waits to start, what the household gets is said to come with its result.
   */
  helpAsked: ['co ai giup', 'ai giup', 'giup voi', 'giup toi', 'giup em', 'giup minh', 'giup do', 'duoc giup', 'co giup', 'co ai ho tro', 'ai ho tro', 'xin giup', 'xin ho tro', 'can giup', 'can ho tro', 'nho giup'],
  /**
   * "ba con oi nha tui ngheo qua hong biet xin ho tro o dau dzay" (round 39 mend39a; was "không tìm thấy"): help asked (`helpAsked`)
   * where or of whom, beside the hardship told, everyone called and not knowing: besides `helpAround`, the household's own words,
   * `hardshipTold` and `hardshipAround`, only these.
   */
  helpWhere: ['o dau', 'di dau', 'cho nao', 'hoi ai', 'nho ai', 'tim ai'],
  helpWhereAround: ['khong biet', 'hong biet', 'hok biet', 'chua biet', 'ba con', 'moi nguoi', 'ngheo', 'phai', 'can', 'muon', 'dang', 'qua', 'lam'],
  helpAround: ['khong', 'duoc', 'gi', 'voi', 'nha', 'a', 'di', 'ad', 'ban', 'nhe', 'co', 'ai', 'toi', 'em', 'minh', 'ha', 'hong', 'vay', 'cho', 'chua', 'oi', 'nao', 'nha toi', 'nha em', 'nha minh', 'gia dinh', 'gium', 'dum', 'ne', 'voi a'],
  classTold: ['la', 'ho', 'moi', 'vua', 'da', 'duoc', 'roi', 'thuoc', 'dien', 'nam nay', 'dang', 'a', 'ne', 'do', 'cong nhan', 'nay'],
  /** Class words, most specific first ("cận nghèo" before "nghèo"). */
  classes: [
    // Round 22: the household's own leaving said as "hết hộ nghèo thì/rồi còn …" ("het ho ngheo thi con dc bhyt ko"): the newly
    // escaped, what it keeps; never the class said to end (TOPICS.claims.abolished: "năm 2027 hết hộ nghèo à").
    ['het ho ngheo thi', 'newly_escaped'],
    ['het ho ngheo roi con', 'newly_escaped'],
    ['het ngheo thi', 'newly_escaped'],
    ['het ngheo roi con', 'newly_escaped'],
    ['khong con la ho ngheo', 'newly_escaped'],
    // Round 29: a near-poor household's own leaving ("nam nay nha tui het can ngheo roi thi the bhyt con dung dc toi khi nao"):
    // what is kept after leaving (QĐ 28/2015: left the poor or near-poor list), never the near-poor card.
    ['het can ngheo roi', 'newly_escaped'],
    ['het can ngheo thi', 'newly_escaped'],
    ['het ho can ngheo roi', 'newly_escaped'],
    ['het ho can ngheo thi', 'newly_escaped'],
    ['thoat can ngheo', 'newly_escaped'],
    ['ra khoi can ngheo', 'newly_escaped'],
    ['ra khoi ho can ngheo', 'newly_escaped'],
    ['khong con la ho can ngheo', 'newly_escaped'],
    ['khong con can ngheo', 'newly_escaped'],
    ['ra khoi ho ngheo', 'newly_escaped'],
    ['ra khoi danh sach ho ngheo', 'newly_escaped'],
    // Round 30 (tryout16): "ra roi con bhyt hok" after the entry on asking to leave the list: what the household keeps once out
    // (was the poor and near-poor households' BHYT, as if still on the list).
    ['ra roi con', 'newly_escaped'],
    ['ra khoi roi con', 'newly_escaped'],
    ['thoat roi con', 'newly_escaped'],
    ['thoat ngheo roi con', 'newly_escaped'],
    ['can ngheo', 'near_poor'],
    ['moi thoat ngheo', 'newly_escaped'],
    ['thoat ngheo', 'newly_escaped'],
    ['muc song trung binh', 'middle'],
    ['trung binh', 'middle'],
    ['ngheo', 'poor'],
  ] as [string, 'near_poor' | 'newly_escaped' | 'middle' | 'poor'][],
  /**
   * "giảm nghèo" (the policy, "kết quả giảm nghèo 2021-2025") and the like name no class: their "nghèo" is not hộ nghèo;
   * nor does a household said not to be one ("nhà ko nghèo", "nhà hổng nghèo": spoken forms are "không" by then).
   */
  notClasses: [
    'giam ngheo', 'xoa doi giam ngheo', 'xoa ngheo', 'chong ngheo', 'chong tai ngheo',
    'khong ngheo', 'khong phai ho ngheo', 'khong phai ngheo', 'khong la ho ngheo', 'khong thuoc ho ngheo',
    'khong can ngheo', 'khong phai ho can ngheo', 'khong phai can ngheo', 'khong thuoc ho can ngheo',
  ],
  /**
   * Asking how classes differ ("hộ nghèo với cận nghèo khác nhau chỗ nào", "phân biệt"): a class word and
   * one of these, the standard answers (its bands say what tells the classes apart). Two class words alone
   * are no comparison ("quản lý hồ sơ hộ nghèo, hộ cận nghèo"), nor is "khác" alone ("hỗ trợ khác").
   */
  comparison: [
    'khac nhau', 'khac gi', 'khac biet', 'phan biet', 'so sanh', 'giong nhau', 'khac ho', 'khac ngheo', 'khac can ngheo',
    'khac cho nao', 'khac o cho', 'khac o diem',
    // "chuẩn mới khác chuẩn cũ chỗ nào" (round 43 cadre45; was what changes on 01/01/2027): "khác" before the standard compared.
    'khac chuan', 'khac giai doan',
  ],
  /**
   * Two periods of the standard named to compare them ("chuẩn mới với chuẩn cũ khác nhau chỗ nào", "so sánh chuẩn nghèo giai
   * đoạn mới và giai đoạn trước"): with a `comparison` word and no class named, the standards before, in force and after
   * today are compared from the rules data (src/chat/info.ts standardComparison).
   */
  standardsCompared: [
    'chuan moi', 'chuan cu', 'chuan ngheo moi', 'chuan ngheo cu', 'giai doan moi', 'giai doan cu', 'giai doan truoc', 'giai doan sau',
    'chuan truoc', 'chuan sau', 'chuan hien nay', 'chuan bay gio', 'chuan nam nay', 'chuan nam sau', 'chuan nam truoc',
  ],
  /**
   * Asking whether something counts as a deprivation ("không có bhyt có bị tính thiếu hụt không", "nhà tạm bợ
   * có bị tính thiếu về nhà ở"): with an indicator named in household words (household.ts), that indicator's
   * entry in the rules data answers, for the standard of the day.
   */
  // "nhà tui dùng nước sông thì sao": a household sign of an indicator and "thì sao" asks what it counts for.
  // "8 mét vuông 1 người là sao", "không có bhyt có bị tính là nghèo không": what an indicator's sign counts for.
  /**
   * "neu tui co bhyt roi thi sao" (round 16): the thing a support gives told as had (topics.ts indicatorToldHad) and asked what it
   * means (`asks`): the support's card, then its indicator; asked outright as a deprivation (`unless`): the indicator's entry.
   */
  hadThing: {
    asks: ['thi sao', 'co sao khong', 'co bi sao', 'la sao', 'roi sao', 'thi the nao', 'thi lam sao', 'thi duoc gi', 'thi ra sao'],
    unless: ['thieu hut', 'tinh thieu', 'bi thieu', 'tinh la thieu', 'bi tinh la', 'tinh la ngheo', 'chi so',
      // "ong ba tui gia roi ko biet chu, co bi tru diem ko" (round 36 words22): points taken off, or counted as poor, for it.
      'tru diem', 'mat diem', 'bi tinh ngheo'],
  },
  /** A support's help asked ("mức hỗ trợ đóng BHYT … thì sao"): with a support named, a "thì sao" then asks the support (topics.ts). */
  supportHelpAsks: ['ho tro', 'muc ho tro', 'ho tro dong'],
  deprivationAsks: [
    'thieu hut', 'tinh thieu', 'bi thieu', 'tinh la thieu', 'tinh la', 'coi la', 'chi so', 'thi sao', 'co sao khong', 'co bi sao', 'la sao', 'bi tinh la', 'tinh la ngheo',
    // "xai facebook tren dt co tinh co internet ko": whether something counts as having it.
    'co tinh co', 'duoc tinh co', 'duoc tinh la', 'co duoc tinh', 'co tinh khong', 'tinh khong',
    // "chuan moi co tinh rac thai ko" (round 32 law19; was the coming standard's whole card): whether an indicator named counts.
    'co tinh',
    // "nha ve sinh tu hoai moi dat chuan ha ad" (round 19): whether something meets the indicator.
    'dat chuan', 'du chuan', 'hop chuan', 'dat yeu cau', 'hop ve sinh',
    // "hok co bhyt thi co bi tinh ngheo hok" (round 20): whether a lack counts towards being poor.
    'bi tinh ngheo', 'tinh ngheo', 'bi xet ngheo', 'bi coi la ngheo',
    // "nha ko co nha ve sinh, di ngoai dong thi co bi tru diem ko", "nha tui hong co ai xai dien thoai thong minh co bi tru diem ko"
    // (round 21): a lack asked as points taken off, the indicator asked.
    'tru diem', 'mat diem',
    // "Tiêu chí trình độ giáo dục người lớn áp dụng độ tuổi nào?" (round 32 cadres20; was "ngoài phạm vi"): a cadre names the
    // indicator as a criterion ("tiêu chí"); asking the list ("tiêu chí … gồm những gì") still lists.
    'tieu chi',
    // "nha ko co tivi, qua nam 2027 tinh sao" (round 43 resid47; was an explainer's quote): how a lack told is counted.
    'tinh sao', 'tinh the nao', 'tinh ra sao',
  ],
  /**
   * Something residents ask a support for that the rules data has no national support for ("hộ nghèo có được
   * hỗ trợ tiền nước ko"): the answer says so, names where to ask, and gives what the data has, the indicator
   * of that id in rules/indicators.yaml. `label`: what was asked for, as the answer names it.
   */
  withoutSupport: {
    // `afterSupport`: what names it only as a follow-up right after a support card ("con nuoc thi sao" after the electricity
    // card, round 20), where "nước" alone is the water bill asked the same way.
    // "nha tui xai nuoc gieng co dc ho tro ko" (round 21): well water, a support asked.
    // "nha tui xai nuoc song duc lam, ho ngheo co dc ho tro lam gieng ko" (round 29 tryout12; was the household check): a well or a
    // filter built asked, which no support in rules/supports is for.
    water_source: {
      words: [
        'tien nuoc', 'hoa don nuoc', 'nuoc sach', 'nuoc may', 'nuoc sinh hoat', 'nuoc gieng', 'keo nuoc',
        'lam gieng', 'khoan gieng', 'dao gieng', 'dap gieng', 'xay gieng', 'gieng khoan', 'be loc', 'loc nuoc', 'be chua nuoc', 'lu chua nuoc',
      ],
      label: 'tiền nước, nước sạch',
      afterSupport: ['nuoc'],
    },
    // "ho ngheo co dc ho tro lam nha ve sinh ko" (round 17): building a latrine asked, which no support in rules/supports is for;
    // never the housing card its "làm nhà" names (`over`: it wins over those supports). A latrine lacked ("nhà tui ko có nhà vệ
    // sinh") is a household's indicator, not asked here: only building one is.
    sanitation: {
      words: [
        'lam nha ve sinh', 'xay nha ve sinh', 'sua nha ve sinh', 'lam nha tieu', 'xay nha tieu', 'lam cau tieu', 'xay cau tieu', 'lam nha vs', 'xay nha vs',
        'lam toilet', 'xay toilet', 'lam wc', 'xay wc', 'tien nha ve sinh', 'ho tro nha ve sinh', 'ho tro nha tieu',
        // Round 32 (short20): "nha ve sinh co dc ho tro ko" (also after a list of supports; was every support of every class).
        'nha ve sinh co duoc ho tro', 'nha ve sinh duoc ho tro', 'nha ve sinh co ho tro', 'nha tieu co duoc ho tro', 'nha tieu duoc ho tro',
        'nha vs co duoc ho tro', 'nha vs duoc ho tro',
      ],
      label: 'làm nhà vệ sinh (nhà tiêu)',
      over: ['housing'],
    },
  } as Record<string, { words: readonly string[]; label: string; over?: readonly string[]; afterSupport?: readonly string[] }>,
  /**
   * People named by age in a support question ("bhyt cho tre duoi 6 tuoi ai dong"): the supports data is by household
   * class and has no rule for such a group, so the answer says so first, names no figure for them, and then gives
   * only what the data has by class; unless rules/reference.yaml has an entry of the group's id with a line about that
   * support (`support`), which the answer leads with instead ("bhyt cho tre duoi 6 tuoi ai dong": young_children). `label`: how the answer names them; `supports`: only for these supports (students
   * have their own fee exemption in the data, not their own loans).
   */
  groupsWithoutRule: {
    young_children: {
      // "tui moi sinh em be, lam the bhyt cho be sao" (round 17): a newborn's card.
      words: [
        'duoi 6 tuoi', 'tre duoi 6', 'tre em duoi 6', 'be duoi 6', 'tre so sinh', 'tre moi sinh', 'be moi sinh', 'em be moi sinh', 'moi sinh em be', 'vua sinh em be',
        'moi sinh be', 'vua sinh be', 'moi de em be', 'vua de em be', 'the cho be', 'bhyt cho be', 'bao hiem cho be', 'the bhyt cho be',
      ],
      label: 'trẻ em dưới 6 tuổi',
      // "con tui 18 thang tuoi chua co the bhyt", "be 3 tuoi co dc bhyt ko" (round 35 words20; was every class's BHYT card, "không áp
      // dụng cho người 0 tuổi"): every age told below it names the group too, for the BHYT card; "bé nhà tui 3 tuổi đi nhà trẻ, hộ
      // nghèo có dc trợ tiền ăn ko" keeps the lunch card alone (round 30 tryout14; the group's lead only said its line again).
      youngerThan: { age: 6, supports: ['health_insurance_premium', 'health_insurance_benefit'] },
    },
    // "e la sinh vien nha ho ngheo, vay von di hoc dc ko": loans for students are another programme the data does not have.
    // Round 32 (tryout19): "sv ho ngheo vay tien hoc o dau" (was the poor household's loan card, no word that students' loans are
    // not in the data): the chat abbreviation "sv" and a loan "for studying" said without "đi".
    students: {
      // Round 35 (tryout23): "con tui dau dai hoc ma nha ngheo, muon vay tien cho con di hoc dc ko" (was the poor household's loan
      // card alone, 100.000.000 đồng at 6,6 %/năm, no word that students' loans are not in the data): the loan "for the child".
      words: ['sinh vien', 'sv', 'vay von di hoc', 'vay di hoc', 'vay tien di hoc', 'vay tien hoc', 'vay von hoc', 'vay hoc phi', 'hoc dai hoc', 'hoc cao dang',
        'vay tien cho con di hoc', 'vay cho con di hoc', 'vay von cho con di hoc', 'vay tien cho con hoc', 'vay cho con hoc', 'vay von cho con hoc',
        'vay tien dong hoc phi', 'vay tien dong hoc', 'dau dai hoc', 'dau cao dang'],
      label: 'sinh viên đi học',
      supports: ['policy_credit'],
    },
    // "Đề nghị cho biết hộ nghèo có tiền án tiền sự có được xét hỗ trợ vay vốn không.", "chong tui co tien an thi nha tui co dc vay
    // von ngheo ko" (round 38 mend38e; were the loan card alone, nothing on the offence): whether a criminal record affects a
    // policy loan is in no fact file; rules/reference.yaml criminal_record's line says so first, whom to ask (`asks`) after it, the
    // loan card follows. The offences of personal.ts that are a record (CRIMINAL_RECORD_WORDS); "tiền án", "tiền sự" read as the
    // masking reads them (PERSONAL.offenceTwins: typed with their marks, side by side, or after "có"/"bị" of a person, never "nha
    // tui ko co tien an", food money), there also before one of `twinsBefore` ("… co tien an thi …").
    criminal_record: {
      words: CRIMINAL_RECORD_WORDS,
      label: 'người có tiền án, tiền sự',
      supports: ['policy_credit'],
      asks: 'Ngân hàng Chính sách xã hội nơi vay',
      twinsBefore: ['thi', 'ma', 'nen', 'co', 'duoc', 'dc', 'vay', 'xin', 'muon'],
    },
    // A house lost to a disaster ("nhà bị lũ cuốn trôi"): emergency help after disasters is not in the data; only the housing
    // support by class is.
    disaster: {
      words: DISASTER_WORDS,
      label: 'nhà bị thiên tai, hỏa hoạn (hỗ trợ khẩn cấp sau lũ, bão, sạt lở, cháy)',
      supports: ['housing'],
    },
    // "con tui hoc dai hoc ho can ngheo dc giam hoc phi ko" (round 16): the data exempts only ethnic-minority students of poor and
    // near-poor households (NĐ 238/2025); for the others it has nothing, said first (`notice`), no figure. `unless`: ethnicity named.
    non_minority_students: {
      words: ['dai hoc', 'cao dang', 'trung cap', 'sinh vien'],
      unless: ['dan toc', 'dtts', 'thieu so'],
      label: 'sinh viên không phải người dân tộc thiểu số',
      supports: ['higher_education_fee'],
      notice:
        'Theo dữ liệu chính sách của trợ lý, miễn học phí trung cấp, cao đẳng, đại học cho con em hộ nghèo, hộ cận nghèo chỉ có khi sinh viên là người dân tộc thiểu số (điều kiện bên dưới). ' +
        'Sinh viên thuộc hộ nghèo, hộ cận nghèo mà không phải người dân tộc thiểu số có được miễn, giảm học phí hay không, dữ liệu của trợ lý không có, nên trợ lý không nêu',
      // Whom the notice sends to, before the one referral the chat adds (the cadre at UBND cấp xã): "; bạn hỏi …, hoặc cán bộ …".
      asks: 'phòng đào tạo hoặc công tác sinh viên của trường',
    },
  } as Record<string, { words: readonly string[]; label: string; supports?: readonly string[]; unless?: readonly string[]; notice?: string; asks?: string; youngerThan?: { age: number; supports: readonly string[] }; twinsBefore?: readonly string[] }>,
  /**
   * A resident telling the household's work, nothing asked (round 45 resid52; were "ngoài phạm vi", or a check of 2 people guessed
   * from "chồng tui … tui"): `idle`, someone at home not working (no income of that person's); `informal`, work on one's own or by
   * the day ("chạy xe ôm", "bán vé số": income of the household's, no labour contract said). Said of the speaker or a member
   * (`members`, before it): "vợ tui", "má tui", "ổng", "bả" (Southern "he", "she"), "u tui" (Northern "mother").
   */
  workTold: {
    idle: ['o nha khong di lam', 'o nha khong lam', 'o nha khong lam gi', 'o nha khong lam gi het', 'o nha khong co viec', 'o nha noi tro', 'o nha lam noi tro',
      'khong co viec lam', 'khong co viec gi lam', 'khong lam gi het', 'that nghiep'],
    informal: ['chay xe om', 'chay grab', 'ban ve so', 'lam thue', 'lam muon', 'lam muong', 'phu ho', 'lam cong nhat', 'ban hang rong', 'ban rau', 'luom ve chai',
      'mua ve chai', 'ban ve chai', 'giup viec'],
    // "chồng tui chạy xe ôm, tui ở nhà": "ở nhà" closing the message, beside work told, is someone at home not working.
    atHomeEnd: ['o nha', 'o nha thoi', 'o nha khong', 'o nha nuoi con', 'o nha giu con', 'o nha trong con'],
    members: ['toi', 'vo toi', 'chong toi', 'ma toi', 'me toi', 'tia toi', 'ba toi', 'bo toi', 'u toi', 'thay toi', 'con toi', 'ong', 'ba', 'ong xa toi', 'ba xa toi',
      'vo', 'chong', 'ca nha', 'nha toi', 'minh', 'em', 'vo chong toi', 'hai vo chong toi', 'ong ba toi', 'bon tre', 'tui nho', 'may dua nho', 'con', 'thang con', 'con gai', 'con trai'],
  },
  /**
   * "hoi hoai ma ko ai tra loi, tui phai hoi ai" (round 45 resid52; was "ngoài phạm vi"): asked again and again with no answer
   * (`said`), whom to ask (`whom`): an apology, whom to ask at the commune and what to bring.
   */
  unanswered: {
    said: ['hoi hoai', 'hoi mai', 'hoi hoai ma', 'hoi nhieu lan', 'hoi may lan', 'hoi bao nhieu lan', 'khong ai tra loi', 'chang ai tra loi', 'chua ai tra loi',
      'khong ai chi', 'chang ai chi', 'khong ai giai dap', 'khong ai tra loi het', 'khong thay ai tra loi', 'hoi ma khong ai'],
    whom: ['hoi ai', 'phai hoi ai', 'hoi o dau', 'gap ai', 'tim ai', 'hoi cho nao', 'hoi noi nao'],
  },
  /** "con tien sach vo thi sao" (round 45 resid52): books and school things, of the learning cost's words (supportsByWho.learning_cost). */
  schoolBooks: ['sach vo', 'tien sach', 'mua sach', 'do dung hoc tap', 'dung cu hoc tap', 'tap vo', 'but vo', 'sach giao khoa'],
  /**
   * "tien sach vo cho con di hoc tinh sao", "bọn trẻ đi học thì tiền sách vở tính sao" (round 46 resid55; were the schooling
   * indicator): how the books are paid for, asked first, is answered as after a school card (the school_books lines, then the
   * learning cost in brief); "… co dc ho tro ko" asked first keeps the learning cost's card.
   */
  /**
   * "ba tui 76 tuoi dang lanh tro cap roi, co dc them luong huu xa hoi ko" (round 46 resid55; was the pension card alone): a monthly
   * allowance already drawn, told beside the social pension asked (rules/reference.yaml pension_beside_allowance said first).
   */
  pensionBeside: [
    'dang lanh tro cap', 'dang huong tro cap', 'dang nhan tro cap', 'dang an tro cap', 'lanh tro cap roi', 'huong tro cap roi', 'nhan tro cap roi',
    'co tro cap roi', 'co lanh tro cap', 'dang lanh tien tro cap', 'dang lanh tien hang thang', 'dang nhan tien hang thang', 'dang co tro cap',
  ],
  schoolBooksHow: ['tinh sao', 'tinh the nao', 'tinh ra sao', 'thi sao', 'the nao', 'ra sao', 'lam sao'],
  /**
   * Losing the status or a support ("sao nha tui bi rot ho ngheo", "nha co xe may cung bi gach ten ho ngheo", "ho ngheo co bi
   * mat ho tro khi co xe may ko"): the answer is the yearly review, the standard's criteria and how to ask for a review,
   * from the rules data. `assets`: things owned the question names (folded → as the answer writes it); the data has no
   * rule on them, and the answer says so. Not "bí mật" (folds like "bị mất"): only "mất" with what is lost.
   */
  losing: {
    words: [
      'bi rot', 'rot ho', 'rot ngheo', 'rot can ngheo', 'bi gach', 'gach ten', 'bi loai', 'loai khoi', 'bi cat', 'cat ho tro', 'mat ho tro',
      'mat ho ngheo', 'mat can ngheo', 'mat che do', 'mat quyen loi', 'mat tieu chuan', 'khong con ten', 'khong co ten', 'ra khoi danh sach',
      'dua ra khoi', 'bi dua ra', 'khong con la ho', 'khong con ho ngheo', 'khong con can ngheo', 'bi xoa', 'xoa ten', 'bi tuot', 'tuot ho',
      // "nha nao co nguoi di xuat khau lao dong thi ko dc ho ngheo nua" (findings31 R12).
      'khong duoc ho ngheo', 'khong duoc ho can ngheo', 'khong duoc lam ho ngheo', 'khong duoc lam ho can ngheo',
      // "xa moi cat ho ngheo nha tui, con dc bhyt ko" (round 33 words18; was the poor class's BHYT card): the commune "cắt" the
      // class, or the name off the list.
      'cat ho ngheo', 'cat ho can ngheo', 'cat can ngheo', 'cat ten',
      ...NOT_RECOGNISED_ASKS,
    ],
    /**
     * "mới" saying "just" before what happened ("nha tui moi bi loai khoi danh sach can ngheo", "nha tui moi ra khoi ho ngheo":
     * round 31 tryout17, was read as "có nhà mới"): these are no thing owned; `assets` are read without them unless "có" one is said.
     */
    // Not "mới cất" before a house: "nha tui moi cat nha tinh thuong, co bi rot ho ngheo hong" (round 32 words17; was the losing card
    // with no thing owned) has just built one, a new house; "mới cắt" is said with what was cut.
    justNow: [
      'moi bi', 'moi ra', 'moi duoc', 'moi rot', 'moi thoat', 'moi chuyen', 'moi dua', 'moi xoa', 'moi gach', 'moi mat', 'moi nhan',
      'moi cat ho tro', 'moi cat ten', 'moi cat khau', 'moi cat bhyt', 'moi cat the', 'moi cat che do', 'moi cat tien',
    ],
    /**
     * "vua bi rot can ngheo, con dc the bhyt ko" (round 31 plain18; was the "không có tên trong danh sách" card, no word on the
     * card): a support still asked after leaving the list, with one of these, is the newly escaped class's support (its card).
     */
    stillAsked: ['con duoc', 'con huong', 'con giu', 'con dung duoc', 'con xai duoc'],
    /**
     * "nha tui moi bi dua ra khoi ds can ngheo, z bhyt con ko" (round 35 words20; was the card on being off the list, no word on the
     * BHYT card): "còn không" after the support named asks it still too; only with leaving the list said (not stillAsked, which
     * also tells a class asked to go on from a claim that it ends: "nam sau ho can ngheo con ko").
     */
    stillAfterSupport: ['con khong', 'con nua khong'],
    /** Why the household was not recognised (the answer says how the review decides, and offers the check): NOT_RECOGNISED_ASKS. */
    notRecognised: NOT_RECOGNISED_ASKS,
    /**
     * Another household named as on the list though better off ("tai sao nha hang xom giau hon ma dc ho ngheo", "nha ong A co xe
     * hoi ma van la ho ngheo", "sao ho do giau ma dc ho can ngheo": round 41 mend41c, were "không tìm thấy" or the car's card):
     * `households` names it, `better` says it is better off; the answer is how the list is made public, no judging of that case.
     */
    other: {
      households: ['hang xom', 'nha ben', 'nha ong', 'nha ba', 'nha chu', 'nha bac', 'ho do', 'ho kia', 'nha do', 'nha kia', 'nguoi ta',
        // "sao xa ben canh nha ho giau hon nha tui ma van dc ho ngheo" (round 46 mend50b, tryout50 R38; was the household check).
        'ben canh', 'sat vach', 'sat ben', 'nha ho giau', 'ho giau hon', 'nha khac', 'ho khac', 'may nha', 'may ho'],
      better: ['giau', 'kha gia', 'co xe hoi', 'co o to', 'co oto', 'co nha lau', 'an nen lam ra', 'hon nha tui', 'hon nha toi', 'hon nha em'],
    },
    /** Poor "but" given nothing (POOR_GIVEN_NOTHING): not why the household was not recognised when a support is named. */
    givenNothing: POOR_GIVEN_NOTHING,
    poorGetsNothing: POOR_HOUSEHOLD_GIVEN_NOTHING,
    /** The household kept off the list by the commune (KEPT_OFF_LIST). */
    keptOffList: KEPT_OFF_LIST,
    assets: {
      'xe may': 'xe máy', 'xe honda': 'xe máy', 'tivi': 'ti vi', 'ti vi': 'ti vi', 'tu lanh': 'tủ lạnh', 'may giat': 'máy giặt',
      'o to': 'ô tô', 'xe hoi': 'ô tô', 'dien thoai': 'điện thoại', 'may lanh': 'máy lạnh', 'dieu hoa': 'điều hòa', 'nha moi': 'nhà mới',
      // Not a thing owned but a member away, which the data has no rule on either (findings31 R12).
      'xuat khau lao dong': 'người đi xuất khẩu lao động', 'di lam nuoc ngoai': 'người đi làm việc ở nước ngoài',
    } as Record<string, string>,
  },
  /**
   * Words every question about supports shares ("hộ nghèo có được hỗ trợ tiền … không"): a passage holding
   * only these (and asking words, question-words.ts) of a question that names something more is no answer to it.
   */
  generic: [
    'ho', 'ngheo', 'can', 'ho tro', 'tro', 'tien', 'nha', 'gia dinh', 'nguoi', 'dan', 'di', 'tra', 'lam', 'o',
    'chinh sach', 'nha nuoc', 'xin', 'nhan', 'lanh', 'mua', 'muc', 'thang', 'nam', 'mot', 'bao nhieu', 'bao lau', 'ket qua',
  ],
  /**
   * An indicator named by its own name in a question ("chỉ số người phụ thuộc tính thế nào", "diện tích nhà ở
   * bình quân dưới bao nhiêu m2 thì thiếu hụt"), words a household does not say of itself as a lack (so not in
   * household.ts, where "3 người phụ thuộc" would read as deprived). Indicator ids of rules/indicators.yaml.
   */
  indicatorNames: {
    employment: ['viec lam', 'hop dong lao dong'],
    dependents: ['phu thuoc', 'nguoi phu thuoc'],
    nutrition: ['dinh duong'],
    health_insurance: ['bao hiem y te', 'bhyt'],
    adult_education: ['trinh do giao duc', 'giao duc cua nguoi lon', 'trinh do hoc van'],
    child_schooling: ['tinh trang di hoc', 'di hoc cua tre'],
    housing_quality: ['chat luong nha'],
    housing_area: ['dien tich', 'met vuong', 'm 2'],
    water_source: ['nguon nuoc', 'nuoc sinh hoat'],
    sanitation: ['nha tieu', 'nha ve sinh'],
    telecom: ['vien thong'],
    // A smartphone is one of the means of getting information (NĐ 07/2021): a question about it names this indicator too.
    // Not a household word: "không có điện thoại thông minh" alone does not make the household deprived in it.
    // "chi so thiet bi nghe nhin con tinh ko" (round 33 law20; was "ngoài phạm vi"): the means of getting information by its
    // everyday name (radio, TV: "thiết bị nghe nhìn").
    // "nha tui ko co dien thoai co bi tinh thieu hut ko" (round 39 law32; was the Internet indicator alone): a phone named in a
    // question is this indicator's too (a smartphone is one of its means), so its rule and its end on 01/01/2027 are said.
    information_access: ['tiep can thong tin', 'dien thoai thong minh', 'dien thoai', 'nghe nhin'],
    digital_services: ['dich vu so'],
    waste: ['rac thai'],
  } as Record<string, readonly string[]>,
  /**
   * A dimension of the standard named with an indicator word ("tiêu chí thiếu hụt về nhà ở năm 2027 là gì", "chỉ số thiếu hụt
   * về y tế là gì"): its indicators answer, not a support that shares the dimension's name (the housing support's card).
   * Read only when `indicatorList.subject` is said and no indicator is named by itself. Indicator ids of rules/indicators.yaml.
   */
  indicatorDimensions: {
    housing_area: ['nha o'],
    housing_quality: ['nha o'],
    health_insurance: ['y te'],
    nutrition: ['y te'],
    adult_education: ['giao duc'],
    child_schooling: ['giao duc'],
  } as Record<string, readonly string[]>,
  /**
   * Asking how income is counted ("thu nhập tính sao", "thu nhap ko on dinh tinh sao", "thu nhập xét hộ nghèo tính theo
   * tháng hay năm"): one `subject` and one `asks` send it to rules/reference.yaml's income_counting, even when it also names
   * the review ("xét hộ nghèo") or a support ("có tính tiền trợ cấp không"). "tính" and "tỉnh" fold alike: `province`
   * phrases ("thu nhập bình quân của tỉnh") are the province, not an ask.
   */
  incomeCounting: {
    // "tien tro cap co tinh ko", "tien con gui ve co tinh ko ad": a source of money asked whether it counts, no "thu nhập" said.
    subject: ['thu nhap', 'tien tro cap', 'tien con gui', 'tien gui ve', 'con gui tien', 'con gui ve'],
    asks: ['tinh', 'cach tinh', 'xac dinh', 'cong vao', 'tinh vao', 'ke khai', 'khai sao', 'khai the nao', 'khai nhu the nao', 'khai ra sao'],
    province: ['cua tinh', 'toan tinh', 'o tinh', 'trong tinh', 'cac tinh', 'tinh nha', 'tinh minh', 'tinh ta', 'tinh thanh', 'tinh uy'],
    /**
     * The whole household's income said of a class, no household told ("nghe noi tong thu nhap ca nha duoi 6 trieu la ho ngheo",
     * round 23): the standard is each person's income, so the rule of counting answers, not a rumour of the line.
     */
    whole: ['tong thu nhap', 'thu nhap ca nha', 'thu nhap cua ca nha', 'thu nhap ca ho', 'thu nhap cua ca ho', 'thu nhap ca gia dinh',
      'ca nha cong lai', 'cong het thu nhap', 'cong lai thu nhap', 'cong thu nhap ca nha', 'gop thu nhap ca nha'],
    /**
     * The line itself said beside the ask ("Thu nhập đúng bằng chuẩn cận nghèo thì tính thế nào?", "Hộ có mức sống trung bình giai
     * đoạn 2027–2030 được xác định theo ngưỡng thu nhập nào?", round 30 tryout15): what an income at or by the line is, the
     * standard of the year asked (was how income is counted, and for 2027 that its counting is not known).
     */
    line: [...AT_THE_LINE, 'dung chuan', 'dung muc chuan', 'nguong thu nhap', 'bang nguong', 'dung nguong'],
    /**
     * The income's period asked, a month's or the year's ("tinh 1 thang hay ca nam", "thu nhap tinh theo thang hay nam", round 43
     * resid47; was "ngoài phạm vi"), without "thu nhập" and an ask (`subject`, `asks`: the entry): the entry's `recognised` line.
     */
    period: ['thang hay ca nam', 'thang hay nam', 'thang hay 1 nam', 'thang hay mot nam', 'nam hay thang', 'nam hay 1 thang', 'nam hay mot thang', 'tinh theo thang', 'theo thang hay'],
  },
  /** Asking for the list of indicators ("thiếu hụt gồm những cái nào", "mấy chỉ số"): one `subject` and one `asks`. */
  indicatorList: {
    // "thang 1 toi ra soat theo chi tieu nao" (round 31 law17): the review's criteria asked are the indicators (the list, `criteria`
    // in `asks` and `meaning` too), not the plans' targets ("chỉ tiêu" of TOPICS.documentQuestions; was a passage on QĐ 24/2021).
    subject: ['chi so', 'thieu hut', ...INDICATOR_CRITERIA],
    // Not "nào" alone: "thiếu hụt … khi nào", "tính như thế nào" ask about one indicator.
    // A cadre's request: "đề nghị cho biết 12 chỉ số … và căn cứ pháp lý", "nêu các chỉ số".
    // Not "nhung" alone: "Hộ không dùng internet nhưng có tivi thì thiếu hụt chỉ số nào?" (round 32 cadres20; was the list card)
    // says "nhưng", a lack and what is had; "những" asks the list with what follows it.
    asks: ['gom', 'nhung chi so', 'nhung gi', 'nhung j', 'nhung cai', 'nhung tieu chi', 'nhung thieu hut', 'nhung loai', 'nhung muc', 'nhung dich vu', 'la nhung', 'chi so nao', 'cai nao', 'may', 'liet ke', 'danh sach', 'danh muc', 'cac', 'la gi', 'cho biet', 'neu ro', 'ke ten', 'bao gom', 'can cu phap ly', '12 chi so',
      // "hộ nghèo năm 2027 cần bao nhiêu chỉ số thiếu hụt": how many make a poor household (the card leads with the rule).
      'bao nhieu chi so',
      // "thieu hut chi so nghia la sao" (round 27 words10).
      'nghia la', 'hieu la',
      // "viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản" (round 30 tryout15; was a province's plan).
      'the nao la', ...INDICATOR_CRITERIA],
    /**
     * Of `asks`, those asking what the indicators are ("cac chi so thieu hut la gi", "12 chi so la nhung cai j", round 27 words10):
     * with no class named, the indicators in short answer, the card one tap away.
     */
    meaning: ['la gi', 'nghia la', 'hieu la', 'la nhung', 'la cai gi', 'gom nhung', 'gom gi', 'nhung chi so nao', 'liet ke', 'the nao la', ...INDICATOR_CRITERIA],
    /**
     * Of `asks`, those that ask about one indicator when one is named ("chi so thieu hut bhyt la gi", "cho biết chỉ số việc làm"):
     * the indicator's entry answers, not the list (nor the support the indicator shares its words with, the BHYT card).
     */
    aboutOne: ['la gi', 'cho biet', 'neu ro', 'can cu phap ly', 'nghia la', 'hieu la', 'the nao la'],
    /**
     * Of `asks`, those asking how many ("chuan ngheo 2027 co may chi so", "ho ngheo 2027 phai thieu may chi so"): with no other
     * ask ("mấy chỉ số … là những chỉ số nào" asks the list), the count and the rule answer first and alone, the card one tap away.
     */
    count: ['may', 'bao nhieu chi so'],
    /**
     * Of `asks`, those asking which one: after a lack told in a household's words ("nha ko co tivi ko co dien thoai thi bi tinh
     * thieu chi so nao", round 18), the indicators that lack counts for answer, not the list of twelve.
     */
    whichOne: ['chi so nao', 'cai nao'],
  },
  /**
   * "hộ cận nghèo được hỗ trợ gì", "ho ngheo duoc huong chinh sach gi": the list of supports for a class
   * (/hotro). One of `gets` then (after "những"/"các") one of `benefits`, or a benefit then one of `which`;
   * and it asks which (one of `which`), or stops there ("có được hỗ trợ không": only `closing` words follow).
   * "dc ho tro tien an uong ko" names something after the benefit: it is a narrower question.
   * A support named (the `supports` words above), the procedure, or one of `narrower` makes it a
   * narrower question for its own source instead. ("vay" alone is not here: "vậy" typed "v" folds to it.)
   */
  supportsList: {
    gets: ['duoc', 'huong', 'co'],
    benefits: ['ho tro', 'chinh sach', 'che do', 'quyen loi', 'uu dai', 'giup', 'huong'],
    which: ['gi', 'nao', 'nhung gi', 'cai gi'],
    /** "qua thang 1 thi nha tui dc j": what the user's own household gets, no support word (read only after a check). */
    // Round 32 (tryout19): "tui 80 tuoi ho ngheo, dc nhung tien j" (was a province's plan quoted by search): the money asked.
    ownGets: ['duoc gi', 'duoc nhung gi', 'duoc cai gi', 'duoc nhung cai gi', 'huong gi', 'duoc tien gi', 'duoc nhung tien gi', 'duoc khoan gi', 'duoc nhung khoan gi'],
    // "ho ngheo dc ho tro gi nhiu z" (round 34 mend34a): "gì nhiều vậy" closes the question as "gì vậy" (spoken.ts keeps that
    // "nhiu" from "bao nhiêu").
    closing: ['khong', 'chua', 'a', 'vay', 'nhi', 'nhe', 'ha', 'hong', 'di', 'nhieu', 'nhiu'],
    /**
     * A request to be told closing the question after its `closing` words: "hộ cận nghèo thì được chi, ưng hỏi cho biết" (round 30
     * tryout14; was a province's resolution quoted by search), "… được gì, muốn hỏi cho biết", "… cho tui biết với".
     */
    tellMe: [
      'hoi cho biet', 'ung hoi cho biet', 'muon hoi cho biet', 'muon biet', 'ung biet', 'cho biet', 'cho biet voi', 'cho tui biet', 'cho tui biet voi',
      'cho toi biet', 'cho em biet', 'cho minh biet', 'cho tui hoi', 'cho em hoi', 'cho toi hoi',
    ],
    /**
     * The resident annoyed at the answers ("bot ngu qua, tra loi nhu may, tui hoi ho ngheo dc j ma noi 1 dong van ban", round 44
     * mend47b; was one line on BHYT, "1 dòng" read as a length asked): heard in a line before the list.
     */
    annoyed: [
      'bot ngu', 'ngu qua', 'tra loi nhu may', 'noi nhu may', 'nhu cai may', 'vo dung', 'tra loi lung tung', 'tra loi vo van',
      'noi 1 dong', 'noi mot dong', 'tra loi 1 dong', 'tra loi mot dong', 'hoi hoai', 'hoi mai', 'chan qua',
    ],
    /**
     * The list asked by its name, no question word ("Cho tôi danh sách các chính sách hỗ trợ đối với hộ nghèo hiện hành.", "ds chinh
     * sach ho tro ho can ngheo", round 28): one of `names` before a class, and every other word one of `around` (or `closing`);
     * was a passage of a province's resolution, or "không tìm thấy". Anything more ("chính sách hỗ trợ hộ nghèo của tỉnh …")
     * stays for its own source.
     */
    listed: {
      names: ['chinh sach', 'che do', 'quyen loi', 'khoan ho tro', 'cac ho tro', 'nhung ho tro', 'uu dai'],
      around: [
        'cho toi', 'cho minh', 'cho em', 'xin', 'liet ke', 'ke ra', 'giup', 'danh sach', 'ds', 'tong hop', 'cac', 'nhung', 'ho tro', 'danh cho', 'doi voi',
        'cho', 'cua', 'ho', 'hien hanh', 'hien nay', 'hien tai', 'nam nay', 'dang ap dung', 'moi nhat', 'toan bo', 'tat ca', 'day du', 'nha nuoc', 'voi',
      ],
    },
    narrower: [
      'bao lau', 'bao nhieu', 'o dau', 'the nao', 'khi nao', 'lam sao', 'muc', 'von', 'tin dung', 'bao hiem', 'hoc',
      'mau giao', 'dien', 'tro cap', 'tro giup', 'phap ly',
      // "xa bai ngang dc ho tro gi": a kind of commune, answered by its reference entry; "thon dbkk dc ho tro gi" a kind of village.
      'bai ngang', ...DISADVANTAGED_PLACES,
    ],
    /**
     * "xã nghèo được hỗ trợ gì": the commune is what is supported (rules/reference.yaml poor_commune_support), not the class
     * "nghèo" its name holds; a household class named besides it ("hộ cận nghèo ở xã nghèo được hỗ trợ gì") is that class's list.
     */
    communes: ['xa ngheo', 'huyen ngheo'],
    /**
     * "ho ngheo di lam an xa co dc ho tro ko", "con tui bi khuyet tat dc ho tro j" (round 16): rules/reference.yaml entries on a case
     * that answer its supports question in the chat, as /api/ask does (so do TOPICS.notInData subjects), not every class's list.
     */
    // "tui lam cong nhan luong thap co dc nha nuoc ho tro gi ko" (round 18): a low-wage worker's case.
    // "nha tui muon thoat ngheo thi nha nuoc giup gi" (round 21b): what helps a household leave poverty.
    // "chuong trinh 135 nam nay con ko, xa tui co dc huong ko" (round 26): a programme named by its number, asked whether it gives.
    // "tet nay nha ngheo dc ho tro gi ko bn" (round 28): a Tết gift asked with the supports words, its entry (tet_gifts).
    caseEntries: ['residence', 'disability', 'sudden_hardship', 'no_labour', 'low_income_workers', 'young_children', 'escaping_poverty', 'programme_by_number', 'tet_gifts'],
  },
  /**
   * A message about the user's own household ("nhà tôi", "gia đình em", "hộ nhà mình"): a head word then
   * a person; with a class named and an eligibility ask, or with facts stated, the household check reads it.
   */
  household: {
    heads: ['nha', 'gia dinh', 'ho', 'ho nha', 'hoan canh'],
    // Not "co" ("cô"): "hộ có mức sống trung bình", "nhà có 4 người" say "có".
    persons: ['toi', 'minh', 'em', 'chau', 'con', 'anh', 'chi', 'bac', 'ong', 'ba', 'me'],
    /**
     * A member of the speaker's own household ("ba tui", "mẹ em", "ông bà mình", "con tui"): asking what they get, after a
     * check finished in the chat, is asking about that household. Each before one of `speakers`.
     */
    relatives: ['ba', 'ma', 'me', 'bo', 'cha', 'tia', 'ong', 'ba noi', 'ba ngoai', 'ong noi', 'ong ngoai', 'ong ba', 'bo me', 'cha me', 'ba ma', 'tia ma', 'con', 'vo', 'chong'],
    speakers: ['toi', 'minh', 'em'],
    asksEligibility: [
      'co duoc', 'co thuoc', 'co phai', 'co la', 'co du', 'co dat', 'duoc xet', 'duoc cong nhan', 'duoc cap', 'co ngheo',
      'thuoc dien', 'kiem tra ho', 'xet ho', 'xet duyet',
      // "nha tui 4 nguoi tren pho … xet can ngheo dc ko" (round 29): the class after "xét" without "hộ".
      'xet ngheo', 'xet can ngheo',
      // Still ("năm sau nhà tui còn là hộ cận nghèo không").
      'con la', 'con duoc', 'con thuoc', 'van la', 'van duoc',
      // "từ tháng 1 tới nhà tui có còn nghèo ko".
      'con ngheo', 'con can ngheo', 'van ngheo', 'van can ngheo',
      // Becoming ("tháng 1 tới nhà tui có thành hộ cận nghèo ko", "có vô hộ nghèo ko", "có bị thành hộ nghèo ko").
      'co thanh', 'co tro thanh', 'bi thanh', 'se thanh', 'co vo', 'co bi',
      // "có còn hộ cận nghèo ko" (not "có con" alone: "nhà tui có con nhỏ").
      'co con ho',
      // English words in a household sentence ("my family 4 nguoi o que, income 5 trieu/month, are we ho ngheo?", findings21 O03).
      'are we', 'am i', 'is my family', 'is our family', 'is my household',
    ],
    /**
     * "nha 4 nguoi o que thang dc 7 trieu la ho ngheo ko", "… dc ho can ngheo hok", "… vô hộ nghèo hông" (findings35 N35-01): a
     * class asked right before the question's end ("ko", "hok", "hong" at the end are "không" by then). Asks as `asksEligibility`
     * does only with the household's size told ("thu nhap 1,4 trieu la ho ngheo ha" asks the line).
     */
    classAskedAtEnd: ['la', 'duoc', 'vao', 'thanh'].flatMap((verb) =>
      ['ho ngheo', 'ho can ngheo', 'ngheo', 'can ngheo'].flatMap((named) => ['khong', 'ha', 'chua', 'dung khong', 'phai khong'].map((end) => `${verb} ${named} ${end}`)),
    ),
    /**
     * Besides a later day, the household's standing asked once a check is finished ("qua nam 2027 co bi rot ko", "nam sau nha
     * tui con ngheo ko", findings N08, N12), with asksEligibility, the classes, TOPICS.losing.words and the follow-up's asks:
     * that household's class on that day (src/chat/topics.ts standingAskedLater).
     */
    standingLater: [
      'ngheo', 'het ngheo', 'con', 'van', 'bi', 'rot', 'chua', 'nua', 'roi', 'sao', 'gi', 'la gi', 'the nao', 'ra sao', 'nha', 'toi', 'minh', 'em',
      // "qua nam 2027 nha tui con la ho can ngheo nua ko hay phai xet lai" (round 18): whether the review is held again.
      'hay phai xet lai', 'hay phai ra soat lai', 'hay xet lai', 'phai xet lai', 'xet lai', 'ra soat lai', 'hay la',
      // "sang nam ho ngheo co bi loai khoi danh sach hok" (round 38 mend38d; was the card of a household taken off the list).
      'khoi danh sach', 'danh sach',
      // "tui co so ho ngheo nam 2024, nam 2027 co tu dong chuyen qua chuan moi ko hay phai lam lai" (round 46 tryout50 R37; was the
      // lost certificate's card): the class carried to the new standard by itself, or filed again.
      'tu dong chuyen', 'tu chuyen', 'chuyen qua chuan moi', 'chuyen sang chuan moi', 'qua chuan moi', 'sang chuan moi', 'theo chuan moi',
      'hay phai lam lai', 'phai lam lai', 'lam lai', 'co so ho ngheo', 'co so ho can ngheo', 'so ho ngheo', 'so ho can ngheo',
    ],
    /**
     * "qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko" (round 34 tryout21; was the card of a household taken off the
     * list, nothing on 2027): the standard's change asked beside the household's dropping (TOPICS.losing.words) is still its
     * standing on that day; these words (with TOPICS.standard and TOPICS.changes) are read as part of it only then.
     */
    standingChange: ['thay doi sao', 'doi sao', 'thay doi the nao', 'thay doi ra sao', 'thay doi gi', 'ra sao', 'the nao',
      // "qua nam chuan ngheo moi, nha tui co bi rot ho ngheo hem" (round 34 mend34d): the new standard named so.
      'chuan ngheo moi', 'chuan moi'],
  },
  /**
   * A situation the explainers answer rather than a household check ("nhà tui ở nhà thuê có được xét hộ
   * nghèo không", "ở trọ có được làm hộ nghèo ko"): without facts about the household, the passages answer.
   */
  situations: TOPICS_SITUATIONS,
  /**
   * A request for a short text to share ("tóm tắt … để gửi bà con", "viết 3 dòng … đăng nhóm zalo", "soạn tin nhắn
   * zalo"): one of `asks` anywhere, or one of `opens` as the first words ("thông báo dán nhà văn hóa về …"; elsewhere
   * "thông báo kết quả" is part of an ordinary question). The rest of the question is read as usual and its answer
   * comes in a few lines (src/chat/short.ts). Not "ngắn" alone (it folds like "ngân"), nor "mấy dòng" ("mấy đồng").
   */
  shortText: {
    asks: [
      'tom tat', 'ngan gon', 'vai dong', 'vai cau',
      // "viết ngắn: hộ cận nghèo được hỗ trợ gì", "viet doan ngan ve chuan ngheo moi" (the chat's own hint says "viết ngắn").
      'viet ngan', 'doan ngan', 'noi ngan', 'viet ngan gon',
      ...SHORT_TEXT_POSTED,
    ],
    /** The `asks` that name a post or its readers: a shortened answer asked with one of them is written for readers (forReaders). */
    posted: SHORT_TEXT_POSTED,
    /**
     * A post asked as a warning ("soạn bài cảnh báo lừa đảo …", "viet bai canh giac bi thu tien …"): an entry of rules/reference.yaml
     * with a `warning` heading is headed by it, its lines in their order (the fee first, then where to go).
     */
    warning: ['canh bao', 'canh giac', 'de phong', 'coi chung', 'lua dao', 'mao danh', 'gia danh'],
    /**
     * "Soạn tin nhắn giới thiệu trợ lý này cho bà con trong nhóm Zalo xã" (round 40 mend40c; was "ngoài phạm vi"): a post presenting
     * the assistant itself to bà con (short.ts assistantPost).
     */
    introduce: [
      'gioi thieu tro ly', 'gioi thieu ve tro ly', 'gioi thieu chatbot', 'gioi thieu bot', 'gioi thieu ung dung', 'gioi thieu app',
      'gioi thieu cong cu',
    ],
    /**
     * A post asked as a congratulation ("soạn tin nhắn chúc mừng hộ vừa thoát nghèo và nói họ còn được hỗ trợ gì", round 39
     * mend39d; was the class's list of supports, no congratulation): a rules/reference.yaml entry with a `congratulation` of the
     * class named, its line first, then what the class keeps.
     */
    congratulate: ['chuc mung', 'mung cho', 'loi chuc'],
    /**
     * "cho xin vai cau khau hieu tuyen truyen giam ngheo", "khẩu hiệu cho băng rôn giảm nghèo bền vững" (round 42 rumour43; were
     * "không tìm thấy" and a passage of a provincial plan quoted as if a slogan): slogans asked, with or without a post's words,
     * are suggestions in the programme's spirit (short.ts slogansPost), marked as such, no legal quote.
     */
    // "soạn thông báo về NQ 261/2025 cho bà con" (round 44 outreach46; was "ngoài phạm vi", or a 2021 letter quoted): the BHYT
    // resolution named, a post on what it changes for bà con (rules/reference.yaml health_resolution).
    healthResolution: ['nq 261', 'nq so 261', 'nghi quyet 261', 'nghi quyet so 261', '261 2025', '261 qh15'],
    slogans: ['khau hieu', 'slogan', 'bang ron', 'bang zon', 'bang gon', 'pano', 'pa no', 'cau hieu trieu', 'loi hieu trieu', 'cau tuyen truyen ngan'],
    opens: ['thong bao'],
    /**
     * "bai viet ve chuan ngheo cua tinh" (round 16): a post named, asked only when the rest names what it is about (a topic, the
     * supports asked); "bai viet ve sap nhap tinh … ho ngheo" names a class only and is answered as a question.
     */
    named: ['bai viet ve', 'mot bai viet'],
    /**
     * A deadline said right before a date written out ("nhac ba con ra soat ho ngheo truoc ngay 15/12", "han chot 15/12/2026"):
     * the post leads with it, dd/MM/yyyy, as the commune's own date (short.ts deadlineLine).
     */
    deadline: ['truoc ngay', 'truoc', 'han', 'han chot', 'cham nhat', 'cham nhat la', 'den het ngay', 'het han', 'han cuoi'],
    /**
     * The review's last day said before a date written out ("nhắc bà con rà soát kết thúc 14/12", round 42 outreach43; was the
     * procedure's card, no date said): the post leads with the day it ends, dd/MM/yyyy, as the commune's own date.
     */
    ending: ['ket thuc', 'ket thuc vao', 'ket thuc ngay', 'ket thuc vao ngay', 'ket thuc luc', 'xong vao', 'dong lai vao', 'cuoi cung la'],
    /** The review named alone in a post with a date ("nhac ba con ra soat ket thuc 14/12"): the procedure, as "rà soát hộ nghèo" is. */
    review: ['ra soat', 'binh xet', 'dot ra soat', 'dot binh xet'],
    /**
     * A line added to the post just given ("Thêm số điện thoại liên hệ 0912 345 678 của anh Tư", "Thêm giờ họp là 8 giờ sáng Chủ
     * nhật", round 42 outreach43; were "ngoài phạm vi"): `asks` open the message, and what follows holds a figure or one of `labels`.
     */
    /**
     * "bo phan lai suat di", "bỏ đoạn nơi làm đi" after a post (round 42 mend43a; was the answer on that part alone, the edit
     * inverted): that post without the sentences about it (short.ts postWithout). `asks` open the message, `around` may follow.
     */
    removed: {
      asks: ['bo phan', 'bo doan', 'bo cau', 'bo dong', 'bo y', 'bo muc', 'xoa phan', 'xoa doan', 'xoa dong', 'xoa cau', 'cat phan', 'cat doan', 'cat bo', 'luoc bo', 'bo bot', 'bo'],
      around: ['noi ve', 've', 'phan', 'doan', 'cau', 'dong', 'cho', 'minh', 'tui', 'toi', 'em', 'giup'],
    },
    /**
     * Any edit of the post just given (round 43 mend45c: "thêm số điện thoại liên hệ của UBND xã", "bỏ phần căn cứ pháp lý đi",
     * "thêm lời nhắc mang theo căn cước công dân", "thêm mức tiền mỗi tháng"; were "ngoài phạm vi", another card, the post lost):
     * `asks` open the message; the post stays, edited as asked or given back unchanged with what could not be done (short.ts
     * postEditAsked). `reminder`: a line reminding bà con, in the staff's words; `source`: the source line named; `amount`: a
     * figure of money asked; `contact`: a contact asked without its number (a blank to fill in).
     */
    edits: {
      asks: [
        'them', 'bo sung', 'ghi them', 'chen', 'viet them', 'viet lai', 'viet', 'soan lai', 'bo', 'xoa', 'cat', 'luoc', 'rut gon', 'rut', 'doi', 'sua',
        'chinh', 'nhac', 'ghi', 'lam lai', 'chuyen', 'dung ghi', 'khong ghi', 'khoi ghi', 'khong can ghi', 'dung de', 'dung neu',
      ],
      reminder: ['loi nhac', 'cau nhac', 'dong nhac', 'nhac nho', 'nhac'],
      readersNamed: ['ba con', 'moi nguoi', 'nguoi dan', 'phu huynh'],
      // "bỏ số hiệu văn bản", "đừng ghi số nghị định" (round 46 outreach52): the documents' numbers, in the body too.
      source: ['can cu', 'can cu phap ly', 'co so phap ly', 'nguon', 'van ban', 'phap ly', 'trich dan', 'so hieu', 'nghi dinh', 'quyet dinh', 'thong tu', 'nghi quyet'],
      amount: ['muc tien', 'so tien', 'muc huong', 'tien moi thang', 'bao nhieu tien'],
      contact: ['so dien thoai', 'sdt', 'dien thoai', 'lien he', 'lien lac', 'hotline'],
      /** "ghi thêm chỗ nộp hồ sơ" (round 45 outreach50; was "Mình chưa sửa bài theo đúng yêu cầu này được"): where to file, a line. */
      filing: ['cho nop', 'noi nop', 'nop o dau', 'dia chi nop', 'cho lam ho so', 'noi lam ho so', 'cho dang ky', 'noi dang ky'],
      qa: ['hoi dap', 'cau hoi', 'hoi va dap'],
      /** "thêm lời chào" (round 45 outreach49; was "Mình chưa sửa bài theo đúng yêu cầu này được"): the post opened warmly. */
      greeting: ['loi chao', 'cau chao', 'chao hoi', 'chao ba con', 'loi mo dau', 'cau mo dau'],
    },
    added: {
      asks: ['them', 'bo sung', 'ghi them', 'chen them', 'them vao', 'them dong', 'them cau', 'ghi vao', 'bo sung them'],
      around: ['giup', 'gium', 'dum', 'cho', 'minh', 'tui', 'toi', 'em', 'voi', 'vao', 'dong', 'cau', 'cuoi', 'o cuoi', 'vao cuoi', 'bai'],
      labels: [
        'so dien thoai', 'sdt', 'dien thoai', 'lien he', 'lien lac', 'hotline', 'zalo', 'gio hop', 'gio', 'dia diem', 'dia chi', 'thoi gian',
        'ngay hop', 'lich hop', 'han', 'ghi chu', 'luu y', 'nguoi lien he', 'can bo', 'truong ap', 'truong thon', 'chi hoi truong',
      ],
      /**
       * "thêm giờ làm việc sáng thứ 7" (round 45 outreach49; was the line "Giờ làm việc sáng thứ 7."): a label of when the office is
       * open, the words after it its value ("Giờ làm việc: sáng thứ Bảy.").
       */
      hours: ['gio lam viec', 'gio tiep dan', 'gio hanh chinh', 'gio nhan ho so', 'gio tiep nhan', 'gio tiep nhan ho so', 'lich lam viec', 'lich tiep dan'],
    },
    /**
     * A post on how a household applies ("viết bài đăng nhóm zalo hướng dẫn bà con cách đăng ký hộ nghèo", round 29 plain12; was
     * the cadre's 6 steps of the periodic review in cadre wording): what to do, where to go and what to bring, in residents' words.
     */
    applying: [
      'cach dang ky', 'dang ky ho ngheo', 'dang ky ho can ngheo', 'dang ky can ngheo', 'cach xin', 'xin vao', 'xin xet', 'cach nop', 'nop giay', 'nop don',
      'nop ho so', 'lam ho so', 'lam don', 'huong dan dang ky', 'huong dan ba con dang ky',
    ],
    /**
     * A text to be read on the commune's loudspeaker ("soạn bài đọc loa về chuẩn nghèo mới", "viet bai phat thanh xa"): a short
     * text (as `asks`) written to be heard: no list marks or signs, and the status said once in words, not after each figure.
     * Not "loa" alone: "nhà không có loa" tells a lack. "thong bao loa ve ra soat ho ngheo", "viết thông báo trên loa" (round 17).
     */
    spoken: [
      'doc loa', 'bai doc loa', 'doc tren loa', 'phat loa', 'phat tren loa', 'loa phat thanh', 'loa truyen thanh', 'loa xa', 'loa thon', 'loa ap',
      'phat thanh', 'truyen thanh', 'dai truyen thanh', 'dai xa', 'ban tin loa',
      'thong bao loa', 'tren loa', 'tin loa', 'noi dung loa', 'loa phuong', 'loa khu pho', 'loa to dan pho',
    ],
    /**
     * Where something was heard, right before those words ("nghe tren loa noi ho ngheo dc ho tro tien dien phai ko", "hom qua
     * nghe loa xa thong bao ra soat"): a resident telling what the loudspeaker said, no text asked (short.ts spokenAsked).
     */
    heard: ['nghe'],
    /**
     * Said by the place right before ("nhóm zalo nói năm 2027 bỏ hộ cận nghèo", "trên zalo đồn …", round 27): where a rumour was
     * heard, no text asked; unless what follows is what a post is about (`sayingAbout`: "đăng nhóm zalo nói về chuẩn nghèo").
     */
    saying: ['noi', 'don', 'dang noi', 'dang don', 'co nguoi noi', 'co nguoi don'],
    sayingAbout: ['ve', 'cho ba con', 'voi ba con'],
    /** A place's group between the group and what it says ("nhóm zalo ấp nói …", round 27): still where a rumour was heard. */
    sayingPlace: ['ap', 'xom', 'thon', 'xa', 'khu pho', 'phuong', 'lang', 'to dan pho'],
    /** Writing asked before the group ("viết giúp bài đăng nhóm zalo nói lịch bình xét", round 27): a post, whatever it says. */
    writtenBefore: ['viet', 'soan', 'thao', 'dang bai', 'lam bai'],
    /**
     * A household's class as a result ("báo kết quả", "nhà bà Năm là hộ cận nghèo", "được công nhận hộ nghèo"): with a class
     * named, the short text says once that the result is for reference and the Chủ tịch UBND cấp xã decides.
     */
    /**
     * An invitation to a meeting ("viết thư mời họp thôn về rà soát hộ nghèo", "soạn thông báo mời các hộ dân đi họp bình xét"): a
     * template with blanks and the facts worth saying at the meeting, not the procedure in full (src/chat/short.ts invitationText).
     */
    invitation: {
      /** The letter named: an invitation asked by itself. */
      // "thông báo họp dân bình xét hộ nghèo" (round 46 outreach51; was the review's steps): a meeting of residents announced
      // ("thông báo họp thôn về rà soát" stays the review's post, round 43 outreach44).
      letters: ['thu moi', 'giay moi', 'thong bao moi', 'thong bao hop dan', 'thong bao hop xet', 'thong bao hop binh xet'],
      /** Inviting said: an invitation only with a word asking it written (`writes`); "hộ nghèo có được mời họp xét không" asks. */
      invites: ['moi hop', 'moi cac ho', 'moi ho dan', 'moi ba con', 'moi dai dien'],
      writes: ['viet', 'soan', 'thao', 'lam giup'],
      /**
       * "Viết thông báo ngắn mời bà con đăng ký rà soát hộ nghèo, nói rõ cần mang giấy tờ gì" (round 39 mend39b; was a village
       * meeting's invitation): bà con invited to register or file is a notice on applying, no meeting (`letters` still are).
       */
      // "mời bà con đến UBND xã làm thủ tục đề nghị công nhận hộ cận nghèo" (round 44 outreach47; was the village meeting's invitation).
      toApply: ['dang ky', 'nop don', 'nop giay', 'nop ho so', 'lam ho so', 'lam thu tuc'],
      /**
       * "Viết giúp tôi một bài đăng Zalo thông báo cho bà con về việc rà soát hộ nghèo cuối năm 2026" (round 44 outreach48; was the
       * procedure's paragraph, "Bước 5 … cấp huyện" first): bà con told of the review is the notice inviting them to register.
       */
      tellsPeople: ['thong bao cho ba con', 'thong bao toi ba con', 'thong bao ba con', 'bao cho ba con', 'bao ba con', 'cho ba con biet'],
      /**
       * "Soạn thông báo thời gian, địa điểm nhận đơn đề nghị công nhận hộ nghèo tại UBND xã" (round 41 mend41b; was the poor
       * households' supports): the commune taking applications, a notice to fill in (src/chat/short.ts noticeText).
       */
      receiving: ['nhan don', 'nhan ho so', 'nhan giay de nghi', 'tiep nhan don', 'tiep nhan ho so', 'tiep nhan giay de nghi'],
    },
    /**
     * A post asked to refute what it names ("soạn bài đính chính: tin ho ngheo dc 500k/thang la sai", round 43 outreach44): an amount
     * true only on a condition is said wrong of the whole class, and what is right (short.ts shortAnswer); a post that only states
     * it ("soạn tin: hộ cận nghèo có trẻ mẫu giáo được 160k/tháng") is not led so.
     */
    refutes: ['dinh chinh', 'bac bo', 'tin don', 'la sai', 'sai roi', 'sai su that', 'tin sai'],
    result: ['ket qua', 'la ho', 'thuoc ho', 'thuoc dien', 'duoc xep', 'xep loai', 'duoc cong nhan', 'da duoc cong nhan', 'dat chuan', 'kiem tra ho'],
    /**
     * Readers of a class ("viết bài đăng Zalo về thẻ BHYT cho người thuộc hộ nghèo", round 30 mend30b): "thuộc hộ …" after them
     * names whom a post is for, no household's result (no "Kết quả tự kiểm tra …" note where nothing was checked).
     */
    readers: [
      'nguoi thuoc', 'nguoi dan thuoc', 'thanh vien thuoc', 'ba con thuoc', 'cac ho thuoc', 'nhung ho thuoc', 'con em thuoc', 'hoc sinh thuoc',
      'sinh vien thuoc', 'tre em thuoc', 'nguoi cao tuoi thuoc', 'doi tuong thuoc',
      // "Viết thông báo về trợ cấp hưu trí xã hội cho người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo" (round 43
      // outreach45; ended with "Kết quả tự kiểm tra …"): an age band before "thuộc hộ …" names a group, no household's result.
      'tuoi thuoc', 'tuoi tro len thuoc',
    ],
    /**
     * The length asked ("viết 3 câu thôi", "tóm tắt 5 dòng", "ngắn gọn 3 ý", "khoảng 100 chữ"): a count (digits, or a digit word
     * of money.ts: "ba câu") right before one of these units asks a text of that length, and is itself a request for one
     * (src/chat/short.ts lengthAsked). `about` may stand before the count; `not` start something else ("5 câu hỏi đáp"; "con hoc
     * lop 5 dong tien gi ko": "đóng tiền", paying, round 27). No "điểm", "mục": "10 điểm", "2 mức" are figures of the rules.
     */
    lengths: {
      units: { sentences: ['cau'], lines: ['dong'], points: ['y', 'gach dau dong', 'gach'], words: ['chu', 'tu'] },
      about: ['khoang', 'tam', 'chung', 'toi da', 'duoi', 'trong', 'gom', 'chi'],
      not: [
        'cau hoi', 'cau tra loi', 'y kien', 'y te', 'chu ky', 'chu ho', 'tu thien', 'dong tien', 'dong hoc phi', 'dong gi',
        // "bhyt tra 100% tu khi nao" (round 40 mend40b, tryout40 [047]; was a post of 100 words): "từ" (from) before a time.
        'tu khi', 'tu bao gio', 'tu luc', 'tu ngay', 'tu thang', 'tu nam', 'tu hoi nao', 'tu chung nao',
        // "co tu dong dc ho ngheo ko" (round 43 resid47; was a post of 4 lines, "tư dòng"): automatic, no length.
        ...AUTOMATIC_ASKS.filter((phrase) => phrase.startsWith('tu dong ')).map((phrase) => phrase.slice('tu '.length)),
      ],
      /**
       * Said right before the count, what the last answers were, no length asked ("tui hoi ho ngheo dc j ma noi 1 dong van ban",
       * round 44 mend47b; was a post of one line).
       */
      said: ['ma noi', 'ma tra loi', 'noi co', 'tra loi co', 'ma chi', 'ma co'],
    },
  },
  /**
   * A cadre's question that an entry of rules/reference.yaml answers (the entry's id): one of `subject`, and one
   * of `asks` when given, none of `unless`, and not the pair of `yieldsTo` (supportsByWho). `subject` needs a class or TOPICS.referenceContext named unless `alone` is true;
   * `alone` as a list: phrases that are the subject by themselves, nothing else named. Read before `documentQuestions`: "tỷ lệ hộ nghèo cả nước" is the national figure, while
   * "tỷ lệ hộ nghèo của tỉnh" stays a question for the documents.
   */
  reference: {
    // "nha bi lu cuon het, co dc xet ho ngheo lien ko", "chong mat viec, co xin vao ho ngheo ngay dc ko": a sudden loss, the
    // review asked (rules/reference.yaml sudden_hardship); a support asked ("… co dc ho tro gi ko") keeps its card.
    sudden_hardship: {
      subject: HARDSHIP_WORDS,
      asks: [
        'xet ho ngheo', 'xet ho can ngheo', 'xet can ngheo', 'xet ngheo', 'vao ho ngheo', 'vao ho can ngheo', 'vao can ngheo', 'len ho ngheo', 'la ho ngheo', 'thanh ho ngheo',
        'dang ky ho ngheo', 'cong nhan ho ngheo', 'xin ho ngheo', 'xin vao ho',
        // "nha tui moi bi chay, co dc ho tro ko", "tui bi that nghiep co dc ho tro gi ko" (round 16): help asked after the loss.
        'duoc ho tro', 'ho tro gi', 'co ai giup', 'duoc giup',
        // "nha tui bi chay het roi, ko con j, xin ho tro o dau" (round 34 tryout22; was a provincial resolution's passage): help
        // asked for, and where, after the loss.
        'xin ho tro', 'ho tro o dau', 'xin giup',
        // "nha tui bi lu cuon het roi", "tui di lam o sai gon bi mat viec ve que" (round 36 tryout24; were "ngoài phạm vi"): the
        // household's own loss told, no question: how it is reviewed after it, and that relief is not in the data.
        // Only with a disaster after it: "nha tui bi bao la ko du dieu kien", "nha tui bi rot ho ngheo" (round 36 mend36b) are no loss.
        ...OWN_HOUSE_DISASTER, 'bi mat viec', 'bi that nghiep', 'mat viec ve que', 'mat viec roi',
        // "viet bai zalo: nha bi bao sap, ko phai ho ngheo thi lam gi" (round 36 words22): what to do after it.
        'thi lam gi', 'phai lam gi', 'lam gi bay gio',
        // "rà soát đột xuất khi nào" (round 32 cadres20; was a plan's passage, then the yearly review's dates): a review out of the
        // yearly one is the monthly review a household asks for when its situation changes.
        'ra soat dot xuat', 'xet dot xuat', 'binh xet dot xuat',
      ],
      // Round 36 (short27): "nha tui bi chay het roi, co dc ho tro j ko", "nha tui bi lu cuon troi het, ho ngheo co dc ho tro j ko"
      // (were the whole card, 1.406 characters on a phone): the lines with a `brief`, "chi tiết" the whole card.
      brief: { always: true, more: IN_FULL },
      alone: true,
      // "bao lut sap nha, nha tui ko ngheo co dc ho tro j ko" (round 34 tryout21's miss, round 36 words22; was the housing card, for
      // poor households in poor communes): a household said to be of no class (`overNotOfClass`) told its house lost asks the help
      // after it, not the housing support; with no class said ("lu quet troi nha thi xin ho tro o dau") or a poor household's
      // ("nha tui ho ngheo bi bao sap nha roi co dc ho tro ko"), the housing card, disaster help said not in the data.
      over: ['housing'],
      overNotOfClass: true,
    },
    // "Hộ nghèo do mất nguồn lao động được xử lý thế nào?", "ho ngheo ko con ai lam dc thi sao" (round 33 law20; was a plan's passage
    // and an explainer on the district level): a household without labour capacity (rules/reference.yaml no_labour), a class named.
    no_labour: {
      subject: [
        'kha nang lao dong', 'mat nguon lao dong', 'mat lao dong', 'het lao dong', 'khong co lao dong', 'ko co lao dong', 'khong con lao dong', 'ko con lao dong',
        'suc lao dong', 'khong con ai lam', 'ko con ai lam', 'hok con ai lam', 'khong co ai lam', 'ko co ai lam', 'khong ai lam duoc', 'ko ai lam dc',
        'khong ai di lam', 'ko ai di lam', 'khong nguoi lam', 'ko nguoi lam',
      ],
      // "tui gia roi ko lam dc", "ba tui gia roi ko con lam noi" (round 36 tryout25; were the renting explainer and "ngoài phạm vi"):
      // old and no longer able to work, said with no class nor review named.
      alone: [
        'gia roi ko lam', 'gia roi khong lam', 'gia roi hok lam', 'gia yeu ko lam', 'gia yeu khong lam', 'gia ko lam noi', 'gia khong lam noi',
        'ko con lam noi', 'khong con lam noi', 'het lam noi',
      ],
    },
    // "mat giay chung nhan ho ngheo lam lai sao", "giay can ngheo bi rach xin lai o dau": the certificate lost or damaged
    // (rules/reference.yaml lost_certificate). Not "bị mất" alone: it folds like "bí mật".
    lost_certificate: {
      subject: [
        'mat giay', 'lam mat', 'danh mat', 'roi mat', 'lo mat', 'bi mat roi', 'bi mat thi', 'giay bi rach', 'rach giay', 'giay bi hu', 'hu giay', 'giay bi uot',
        'cap lai', 'xin lai giay', 'lam lai giay', 'lam lai', 'xin cap lai',
        // "giay chung nhan ho ngheo mat roi lam sao" (round 15): the certificate named first, then lost ("mất rồi" of a person is
        // member_change, read after this entry and without a certificate word).
        'mat roi', 'mat dau roi', 'mat tieu', 'mat dau mat',
        // "nha tui bi mat het giay to ho ngheo roi, phai lam gi" (round 37 resid37; was the renting explainer): all the papers lost.
        'mat het giay', 'mat het giay to', 'mat giay to', 'mat het so',
      ],
      asks: CERTIFICATE_NAMES,
      // "bao lâu phải làm lại giấy": how long it holds (certificate_validity); so does "qua năm còn xài được không hay phải làm lại"
      // (round 25 tryout7): the certificate's term asked, nothing lost.
      // "nam nay co phai lam lai ho so ho ngheo ko" (round 40 resid40): filing again this year or each year, nothing lost, is the
      // yearly review (TOPICS.procedureYearly).
      // "tui co so ho ngheo nam 2024, nam 2027 co tu dong chuyen qua chuan moi ko hay phai lam lai" (round 46 tryout50 R37; was
      // this card): the household's standing under the new standard asked, nothing lost.
      unless: ['bao lau', 'het han', 'con xai', 'con dung duoc', 'con gia tri', 'chuan moi', 'tu dong chuyen', ...REGISTER_YEARLY],
      alone: true,
    },
    // "ong nha tui mat roi co phai khai lai ko", "nha moi sinh them em be thi bao xa sao": the household's members changed
    // (rules/reference.yaml member_change). Not "mất" alone ("mất giấy", "mất việc", "mất hỗ trợ").
    member_change: {
      subject: MEMBER_CHANGE_WORDS,
      asks: [
        'khai lai', 'bao lai', 'khai bao', 'bao xa', 'bao cho xa', 'bao voi xa', 'lam lai', 'sua lai', 'cap nhat', 'xet lai', 'ra soat lai', 'co phai',
        'phai lam', 'lam gi', 'lam sao', 'thu tuc', 'co can', 'the nao', 'thi sao',
        // "… tach ho ngheo sao ad", "… thi tinh sao z" (round 18): "sao" asked right before the closing word.
        'sao ad', 'sao vay', 'sao a', 'ra sao', 'tinh sao',
        // "tach ho ngheo sao", "con tui lay vo roi tach ho, co dc ho ngheo rieng hong" (round 32 follow20; was a passage): "sao" closing
        // the split asked, a household of their own asked.
        'ngheo sao', 'ho sao', 'ho rieng', 'ngheo rieng', 'rieng hong', 'rieng khong', 'rieng duoc khong',
      ],
      // Round 36 (short27): "tach ho ngheo sao", "con trai cuoi vo ra o rieng, co dc xet ho ngheo rieng ko" (were the whole card,
      // 1.225 characters on a phone): the lines with a `brief`, "chi tiết" the whole card.
      brief: { always: true, more: IN_FULL },
      alone: true,
    },
    // "biên bản họp dân dùng mẫu nào" (round 33 law20; was the forms entry, no line on the minutes): the minutes of the village
    // meeting (rules/reference.yaml meeting_minutes), before procedure_forms ("mau nao").
    // Only its form asked ("mẫu", "mẫu số mấy", "dùng mẫu nào", "biểu mẫu"): "bien ban hop thon gach ten nha tui khoi ho ngheo, tui
    // ko dong y" (round 33 mend33a; was this entry) tells the meeting's result, disputed (disagreeing_result).
    meeting_minutes: { subject: ['bien ban'], asks: ['mau'], alone: true },
    // "Mẫu số 01 trong Thông tư … là mẫu gì?", "mau so 2 dung de lam gi" (round 31 tryout18; was the whole procedure card):
    // which form a number is (rules/reference.yaml procedure_forms); "nộp theo Mẫu số mấy" too.
    // "hồ sơ đề nghị rà soát gồm mẫu nào" (round 32 outreach19; was a passage): the forms asked without a number. Not "các mẫu"
    // ("các mẫu giáo").
    procedure_forms: { subject: ['mau so', 'mau 01', 'mau 02', 'mau 03', 'mau 04', 'mau 05', 'mau nao', 'gom mau', 'mau giay de nghi', 'mau de nghi'], alone: true,
      // "tui muon xin xet ho can ngheo thi lam don mau nao" (round 25 tryout7), "Hộ gia đình đề nghị xét hộ nghèo dùng mẫu nào?"
      // (round 26 short8): a household asking how to apply is the procedure card (where, what to bring), not the forms entry.
      unless: ['don mau nao', 'xet ho ngheo dung mau nao', 'xet ho can ngheo dung mau nao'] },
    // "phiếu A phiếu B dùng để làm gì", "phieu A la gi", "phiếu B1 dùng để làm gì", "rà soát 2027 dùng mẫu phiếu theo thông tư
    // nào": the forms and their circular, not their points ("thang điểm phiếu B", "điểm phiếu A … bao nhiêu": `unless`, review_scoring).
    // "ra soat ho ngheo nam 2027 theo thong tu nao": the review's circular is the forms' (TT 07/2021), not the procedure card's QĐ.
    review_forms: {
      subject: ['mau phieu', 'phieu a', 'phieu b', 'phieu b1', 'phieu b2', 'cac phieu', 'loai phieu', 'phieu nao', 'phieu gi', 'thong tu nao'],
      asks: [
        'dung de', 'de lam gi', 'dung lam gi', 'thong tu nao', 'theo thong tu', 'van ban nao', 'mau nao', 'may loai', 'gom nhung', 'khac nhau', 'khac gi',
        // "phieu A la gi", "phiếu B là cái gì", "phieu b de lam chi": what a form is (not its points).
        'la gi', 'la cai gi', 'nghia la gi', 'de lam chi', 'dung lam chi', 'xai lam gi', 'tac dung', 'cong dung', 'muc dich',
        // "nam 2027 xet ho ngheo theo phieu nao", "2027 ra soat dung mau phieu nao": which forms a review uses.
        'theo phieu', 'dung phieu', 'dung mau', 'theo mau', 'xai phieu', 'xai mau',
        // "Mẫu phiếu rà soát 2026–2030 đã có thông tư hướng dẫn chưa?" (round 43 cadre45; was the points of TT 07/2021): the circular
        // of the forms asked.
        'thong tu huong dan', 'co thong tu', 'van ban huong dan', 'huong dan chua', 'ban hanh chua',
      ],
      unless: ['diem', 'cham'],
    },
    // "Ngưỡng điểm A khu vực thành thị là bao nhiêu?" (round 32 cadres20; was "ngoài phạm vi"): the points asked with no class or
    // review word (`alone`); not "điểm A" alone, which "địa điểm ạ" folds to.
    review_scoring: {
      subject: ['phieu b1', 'phieu b2', 'phieu a', 'phieu b', 'diem a', 'diem b', 'cham diem', 'tong diem', 'bao nhieu diem', 'phieu ra soat'],
      alone: ['nguong diem', 'muc diem', 'diem a khu vuc', 'diem a o khu vuc', 'diem a thanh thi', 'diem a nong thon', 'diem b moi chi so', 'diem b cho moi'],
    },
    // "sau khi bỏ cấp huyện thì ai phê duyệt danh sách hộ nghèo", "danh sách hộ cận nghèo do ai duyệt": who approves the list or
    // issues the certificate, asked by who does it or by the district that did ("len huyen xin giay xac nhan ho ngheo", "nghe
    // noi huyen lam giay chung nhan": the district level is gone since 01/07/2025, the commune does it). `alone`: a rumour
    // about the district names no class.
    recognition_authority: {
      subject: [
        'tham quyen', 'cap nao', 'ai cong nhan', 'ai quyet dinh', 'ai ky', 'co quan nao', 'ai phe duyet', 'ai duyet', 'do ai', 'ai cap', 'ai xet', 'ai xac nhan',
        'cap huyen', 'bo huyen', 'len huyen', 'ra huyen', 'xuong huyen', 'ubnd huyen', 'uy ban huyen', 'huyen lam', 'huyen cap', 'huyen duyet',
        'huyen xac nhan', 'huyen cong nhan', 'khong con huyen',
        // "huyen bo roi thi gio ai lo ho so" (round 41 resid41; was the ministry explainer found by search): who handles the records.
        'ai lo',
        // "huyen bi bo rui thi nop cho ai" (round 42 resid45; was the list of supports found by search): the district gone, said as
        // residents say it, and whom the papers go to now.
        ...DISTRICT_GONE,
        // "ai co quyen quyet dinh cong nhan ho ngheo" (round 19).
        'ai co quyen', 'co quyen quyet dinh', 'co quyen cong nhan',
        // "ai kiem tra ho ngheo o xa" (round 16): who reviews, not a check asked for.
        'ai kiem tra', 'ai ra soat', 'ai binh xet',
        // "ai la nguoi quyet dinh nha tui co la ho ngheo hay ko" (round 29 words14; was the household check started).
        'nguoi quyet dinh', 'nguoi duyet', 'nguoi cong nhan',
      ],
      // "ai duyet ho ngheo" (round 27 short9, was the whole card, 1.436 characters with the district's step 5): who decides and
      // that the household goes to the commune; the cadre's "thẩm quyền … sau khi bỏ cấp huyện" keeps the whole card.
      brief: {
        asks: ['ai cong nhan', 'ai quyet dinh', 'ai ky', 'ai phe duyet', 'ai duyet', 'do ai', 'ai cap', 'ai xet', 'ai xac nhan', 'ai co quyen',
          'ai kiem tra', 'ai ra soat', 'ai binh xet', 'nguoi quyet dinh', 'nguoi duyet', 'nguoi cong nhan',
          // "hok con huyen thi ai duyet ho ngheo", "lam giay xin ho can ngheo gio nop o xa hay len huyen vay" (round 36 short27: were
          // the whole card, 1.458 characters): the district gone, as a resident says it; "cấp huyện" of a cadre keeps the card.
          'bo huyen', 'len huyen', 'ra huyen', 'xuong huyen', 'khong con huyen', 'huyen lam', 'huyen cap', 'huyen duyet', 'huyen xac nhan', 'huyen cong nhan',
          'ai lo', ...DISTRICT_GONE],
        more: 'thẩm quyền công nhận hộ nghèo',
      },
      asks: [
        'cong nhan', 'thoat ngheo', 'giay chung nhan', 'phe duyet', 'duyet danh sach', 'duyet', 'danh sach', 'giay xac nhan', 'cap giay', 'lam giay', 'xin giay',
        'chung nhan', 'xet', 'ra soat', 'kiem tra ho', 'binh xet',
        // "ai quyet dinh nha tui la ho ngheo", "ai quyet dinh ho ngheo" (round 29 words14): the class itself decided (not "ai quyết
        // định cho hộ nghèo vay", a support's).
        'la ho ngheo', 'la ho can ngheo', 'quyet dinh ho ngheo', 'quyet dinh ho can ngheo',
        // "ai la nguoi quyet dinh cho nha tui vo ho ngheo" (round 35 short26b; was the whole procedure card, 1.722 characters).
        'vo ho ngheo', 'vao ho ngheo', 'vo ho can ngheo', 'vao ho can ngheo',
        // "ai la nguoi quyet dinh nha minh co ngheo hay ko" (round 31 words16; was a passage): the class asked as "nghèo hay không".
        'ngheo hay khong', 'co ngheo khong', 'can ngheo hay khong',
        // "bây giờ không còn huyện thì hồ sơ cận nghèo ai ký" (findings11 R89).
        'ho so',
        // "tóm tắt cho bà con những thay đổi khi không còn cấp huyện" (round 30 tryout15; was a passage, and in the chat the 2027
        // standard's changes): what changed with the district gone is who does what now.
        'thay doi',
        // "Sau 01/7/2025 bước báo cáo Chủ tịch UBND cấp huyện do ai thực hiện?" (round 32 law19; was a passage): the review's step 5
        // named by its report, no "rà soát" said.
        'buoc bao cao', 'bao cao chu tich', 'bao cao uy ban', 'bao cao ubnd', 'xin y kien chu tich',
        // "con phai len huyen ko" (round 40 law33; was a province's resolution quoted by search): going to the district asked alone.
        'phai len huyen', 'con len huyen', 'phai ra huyen', 'con ra huyen', 'phai xuong huyen',
        // "huyen bi bo rui thi nop cho ai", "het huyen r nop giay cho ai" (round 42 resid45): to whom the household files ("nộp ở
        // đâu" keeps the procedure's card).
        'nop cho ai', 'nop ai', 'nop don', 'gui cho ai', 'dua cho ai',
        // "Huyện bị bỏ rồi thì hộ nộp giấy đề nghị cho ai?" (round 43 resid48; was the procedure's card): the papers named between.
        'nop giay cho ai', 'nop giay de nghi cho ai', 'nop ho so cho ai', 'nop giay to cho ai', 'gui giay de nghi cho ai', 'gui ho so cho ai',
      ],
      // The regular review's steps asked ("Quy trình rà soát … thường xuyên … thực hiện thế nào khi không còn cấp huyện", round 28
      // law13) are the procedure's; "quy trình" or "thực hiện thế nào" alone is not: "Bước báo cáo Chủ tịch UBND cấp huyện trong
      // quy trình rà soát định kỳ nay do ai thực hiện?" / "… thực hiện thế nào?" asks who does the district step now.
      // "Quy trình rà soát hộ nghèo cuối năm 2026 gồm mấy bước, ai ký quyết định công nhận?" (round 33 staff21; was who decides
      // alone): the steps counted are the procedure's card, which says who recognises at its end.
      // "Danh sách xã nghèo giai đoạn 2026–2030 do cơ quan nào quyết định?" (round 43 cadre45; was who recognises a household): the
      // list of poor communes (poor_communes), not of households.
      unless: ['cac buoc', 'thuong xuyen', 'may buoc', 'bao nhieu buoc', 'nhung buoc nao', 'gom nhung buoc', 'xa ngheo', 'huyen ngheo'],
      alone: true,
    },
    // "Điều kiện công nhận hộ thoát nghèo?", "Hộ cận nghèo được công nhận thoát cận nghèo khi nào?" (round 32 law19): how a household
    // is recognised as having left the list, not what it keeps (newly_escaped) nor how to ask to leave (leaving_list).
    escape_recognition: {
      subject: ['thoat ngheo', 'thoat can ngheo', 'thoat ho ngheo', 'thoat ho can ngheo'],
      asks: ['dieu kien cong nhan', 'cong nhan thoat', 'duoc cong nhan', 'dieu kien thoat', 'dieu kien de thoat', 'tieu chi thoat', 'tieu chi cong nhan', 'xet thoat',
        // "trinh tu cong nhan ho thoat ngheo", "Thủ tục công nhận hộ thoát nghèo thế nào?" (round 41 cadre42; were an explainer on
        // QĐ 24/2021's title): the procedure of recognising it, the review's steps said with the entry (rules/reference.yaml `steps`).
        'cong nhan ho thoat', 'cong nhan ho da thoat'],
      alone: true,
    },
    // "Kết quả rà soát phải niêm yết công khai bao nhiêu ngày?" (round 32 law19; was the explainer of the six steps).
    public_posting: {
      subject: ['niem yet', 'cong khai ket qua', 'cong khai danh sach'],
      asks: ['bao nhieu ngay', 'may ngay', 'bao lau', 'thoi gian', 'o dau', 'thoi han'],
      alone: true,
    },
    // "Thủ tục xác định hộ làm nông nghiệp có mức sống trung bình như thế nào", "ho trung binh lam nong nghiep thi lam giay to
    // o dau" (findings36 N36-07): QĐ 24/2021's procedure for those households, whose steps the data does not hold; never the
    // procedure for poor and near-poor households. Its criteria and lines are the standard's (`unless`).
    middle_farm_procedure: {
      subject: ['muc song trung binh', 'ho trung binh'],
      asks: ['thu tuc', 'quy trinh', 'cong nhan', 'ra soat', 'dang ky', 'ho so', 'nop don', 'nop giay', 'giay de nghi', 'giay to', 'lam giay', 'xac nhan'],
      unless: ['tieu chi', 'nguong', 'bao nhieu', 'thu nhap'],
    },
    // "ra soat ho ngheo cuoi nam 2026 theo chuan nao", "ra soat cuoi nam nay xet theo chuan cu hay chuan moi" (round 15): the
    // standard a review uses (not the standard's card: which one the end-2026 review uses is not known).
    review_standard: {
      // "Đợt rà soát hộ nghèo cuối năm 2026 thực hiện theo chuẩn và quy trình nào?" (round 18, cadres): the standard asked with the procedure.
      subject: [
        'theo chuan nao', 'chuan nao', 'chuan cu hay', 'chuan moi hay', 'dung chuan', 'ap dung chuan', 'xet theo chuan', 'theo chuan moi', 'theo chuan cu',
        'theo chuan va', 'chuan va quy trinh',
        // "Đề nghị cho biết thời gian rà soát định kỳ năm 2026 và chuẩn áp dụng cho kỳ rà soát này." (round 39 mend39c; was the schedule
        // alone): the standard "applied" to the review, with its days (the card's timing step).
        'chuan ap dung cho', 'chuan duoc ap dung', 'ap dung chuan nao', 'chuan ap dung la', 'chuan ap dung ra sao',
        // "bao gio co danh sach ho ngheo nam 2027" (round 22): when the year-end review's list is out (its timing step; the review
        // for 2027 is not in the data).
        'bao gio co danh sach', 'khi nao co danh sach', 'chung nao co danh sach', 'bao gio ra danh sach', 'khi nao ra danh sach', 'bao gio co ket qua ra soat',
        'khi nao co ket qua ra soat',
        // "Kết quả rà soát cuối năm 2026 có hiệu lực từ ngày nào?" (round 22): from when the new list holds (not known).
        'hieu luc tu ngay nao', 'co hieu luc tu', 'hieu luc khi nao', 'co hieu luc khi nao', 'ap dung tu ngay nao',
        // "chuan ngheo giai doan 2027-2030 ap dung khi nao doi voi ra soat nam 2026" (round 43 cadre45; was the 2027–2030 card): a
        // standard asked of the review of a year.
        ...REVIEW_OF_YEAR,
      ],
      // "Năm 2026 xã rà soát theo chuẩn nào?" (round 29 plain12, was the whole card: 7 long bullets): the one-line answer and what is
      // not known; the cadre's "… theo chuẩn và quy trình nào" keeps the whole card, as does "chi tiết".
      brief: {
        // "Rà soát định kỳ cuối năm 2026 áp dụng chuẩn nào?" (round 46 cadre50; was the whole card, 2.144 characters).
        asks: ['theo chuan nao', 'chuan nao', 'dung chuan', 'chuan cu hay', 'chuan moi hay', 'xet theo chuan', 'ap dung chuan', 'ap dung chuan nao', 'theo chuan moi', 'theo chuan cu', ...REVIEW_OF_YEAR],
        more: 'rà soát cuối năm 2026 theo chuẩn và quy trình nào',
      },
      // "sao nam nay van xet ho ngheo theo chuan cu vay, ko phai doi roi sao" (round 46 tryout50 R16; was the procedure's card):
      // households classed ("xét hộ nghèo") by a standard is the review's standard.
      asks: ['ra soat', 'binh xet', 'xet duyet', 'dieu tra ho', 'danh sach', 'xet ho ngheo', 'xet ho can ngheo', 'xet ngheo', 'xet can ngheo'],
    },
    // "Chỉ tiêu giảm tỷ lệ hộ nghèo giai đoạn 2026-2030", "muc tieu giam ngheo 2026-2030 la bn %" (round 34 staff22; was the
    // explainer's passage on the programme's 423.000 tỷ đồng): the target of the period is this entry's (−1–1,5%/năm, tham khảo).
    // A Chỉ thị's, a plan's, a commune's target stays the documents' (`unless`), a province's too (readTopicOrBasis).
    national_rate: {
      // "so ho ngheo ca nuoc hien nay bn", "ca nuoc con bn ho ngheo" (lead, round 35; were the explainer's passage on the 15 days of
      // the certificate, "sổ hộ nghèo", and the merger of provinces): how many poor households, asked of the country.
      subject: ['ty le ho ngheo', 'ty le ngheo', 'ty le giam ngheo', 'so ho ngheo', 'so luong ho ngheo', 'bao nhieu ho ngheo', 'bn ho ngheo', 'may ho ngheo'],
      alone: ['chi tieu giam ngheo', 'muc tieu giam ngheo', 'chi tieu giam ty le', 'muc tieu giam ty le', 'chi tieu ve ty le', 'muc tieu ve ty le'],
      // "Tỷ lệ HN đa chiều năm 2025 là bao nhiêu" (round 35 mend35b; was a province plan's passage): a rate of a year the data
      // holds the national figure for, no place named, is the national rate.
      asks: ['ca nuoc', 'toan quoc', 'quoc gia', 'viet nam', 'nam 2021', 'nam 2025'],
      pairedAsks: { asks: ['chi tieu', 'muc tieu'], said: ['2026', '2027', '2028', '2029', '2030', 'giai doan', 'moi nam', 'hang nam', 'phan tram'] },
      unless: [
        'tinh', 'thanh pho', 'dia phuong', 'chi thi', 'nghi quyet', 'ke hoach', 'cua xa', 'xa minh', 'xa toi', 'xa em', 'xa nay', 'tai ngheo', 'tai can ngheo',
        // "so ho ngheo co dung dc ca nuoc ko": the certificate ("sổ hộ nghèo") used elsewhere, no count.
        'dung duoc', 'dung dc', 'xai duoc', 'xai dc', 'gia tri',
      ],
    },
    // Where a household is reviewed when it moves or a member works away ("hộ nghèo chuyển hộ khẩu sang xã khác thì sao",
    // "tui đi làm xa ở Bình Dương thì đăng ký hộ nghèo ở đâu"). Not "chuyển sang" alone: "chuyển sang hộ cận nghèo".
    // "tui thue phong tro o sai gon dc xet can ngheo ko", "nha tui o nho nha ba ngoai co dc xet ho ngheo ko" (round 18): renting or
    // living at a relative's, the review asked (rules/reference.yaml renting), read before where a household is reviewed; was left to
    // passage search, which found the explainer for some wordings only. A support asked keeps its card.
    renting: {
      subject: TOPICS_SITUATIONS,
      asks: [
        'xet', 'binh xet', 'ra soat', 'cong nhan', 'dang ky', 'lam ho ngheo', 'lam ho can ngheo', 'vao ho', 'len ho', 'xin ho', 'thanh ho',
        'la ho ngheo', 'la ho can ngheo', 'duoc ho ngheo', 'duoc ho can ngheo', 'lam can ngheo', 'vao can ngheo', 'ho ngheo duoc', 'can ngheo duoc',
      ],
      alone: true,
      // "thuê nhà ở thì làm hộ cận nghèo được không": the "nhà ở" rented, asked with the review, is no housing support asked.
      // "tui la me don than, o tro tren sai gon, co dc xet ho ngheo cho tro ko" (round 29 tryout12; was the monthly allowance's
      // card): who the renter is ("mẹ đơn thân") names the allowance's group, but the review is asked.
      over: ['housing', 'social_assistance'],
      // "tui o tro dang ky tam tru o binh duong thi xet ho ngheo o dau" (lead, round 18): where to be reviewed, asked with the
      // residence registered (tạm trú, thường trú, hộ khẩu), is the residence entry's.
      unless: ['tam tru', 'thuong tru', 'ho khau'],
    },
    residence: {
      // "nha tui chuyen ho khau qua xa khac thi sao" (round 28 words13; was "ngoài phạm vi"): a move of the registered residence
      // is the subject by itself, no class named.
      alone: ['chuyen ho khau', 'chuyen khau', 'cat khau', 'nhap khau'],
      subject: RESIDENCE_WORDS,
      // "tui tam tru o day co dc xet ho ngheo ko" (round 27 short9, was the whole card, 1.724 characters on moving, members away and
      // abroad): where the household is reviewed, that the residence papers needed are not known, and how to file.
      // "ho khau o que ma song tren tinh thi xet ho ngheo o dau" (round 28 words12, was the whole card, about 1.750 characters):
      // the registered residence asked, not a move (the moving words are their own subject: "chuyen ho khau").
      // Round 36 (short27): asked by any of its words ("tui di lam an xa, ho khau o que, nha tui con dc xet ho ngheo ko", "nha tui
      // chuyen ho khau qua xa khac thi con ho ngheo ko"; were the whole card, 1.701 characters on a phone): the lines with a `brief`.
      brief: { always: true, more: IN_FULL },
      // A member who moves out to live apart ("con tui don ra o rieng") is the household's members changed (member_change).
      unless: ['ra o rieng', 'ra rieng', 'o rieng ra', ...ABSENT_MISREAD],
    },
    // "nha tui co con nho duoi 6 tuoi dc ho tro gi" (round 20): what the data holds for young children (rules/reference.yaml
    // young_children), not every class's supports; a support named keeps its card ("bhyt cho tre duoi 6 tuoi": groupsWithoutRule).
    // "nha tui co con nho dc ho tro gi", "nha tui co be 2 tuoi dc ho tro gi ko ad", "con tui moi 3 tuoi" (round 21): a small child
    // named by "nhỏ" or an age under 6 (was every class's list in the chat, a plan's passage in /api/ask). Not "em bé" alone: "mới
    // sinh em bé" asks the birth support (notInData).
    young_children: {
      subject: YOUNG_CHILD_WORDS,
      asks: ['ho tro', 'duoc gi', 'huong gi', 'duoc huong', 'che do', 'nhan gi', 'lanh gi', 'co gi'],
      alone: true,
      // "con tui 4 tuoi di hoc mau giao nha can ngheo dc ho tro j ko" (round 28 words13): the lunch line first.
      leads: ['preschool_lunch'],
      // Round 36 (short27): "con tui 8 thang dc ho tro j ko", "be nha tui 4 tuoi di mau giao, ho ngheo dc ho tro tien an ko" (were
      // the whole card, 1.361 characters on a phone): the lines with a `brief`, the lead's first, "chi tiết" the whole card.
      brief: { always: true, more: IN_FULL },
    },
    // "ba tui bi liet", "con tui bi khuyet tat nang": a disabled member, nothing else asked; being a dependant is the indicator's
    // (`unless`). Not "liệt" alone: "liệt kê". The monthly allowance or its amount asked of a member ("me tui bi tai bien nam 1 cho
    // co dc tro cap j ko", round 21; "ba tui bi tan tat co dc tro cap j ko", round 28 words12: was the explainer of corpus/faq quoted
    // by search) is this entry too: the allowance of NĐ 20/2021 with its basis and status, who qualifies unknown. Asked of a poor
    // household ("ho ngheo co nguoi tan tat dc tro cap ko", `yieldsTo`), it is that class's social assistance card (supportsByWho).
    disability: {
      subject: DISABILITY_WORDS,
      // "chuẩn nghèo … được áp dụng từ kỳ rà soát nào" (round 42 cadre44; was this card): "từ kỳ" is not autism ("tự kỷ").
      unless: ['phu thuoc', 'tu ky ra soat', 'tu ki ra soat', 'tu ky nao', 'tu ki nao', 'tu ky rs'],
      yieldsTo: 'social_assistance',
      alone: true,
      // "ong tui 76 tuoi bi liet" (round 22): an old disabled member's age reaches the social pensions, said before the card.
      aged: true,
      // "con tui bi khuyet tat nang dc tro cap bn" (round 33 long21: was the whole card, 2.074 characters on a phone): asked by any
      // of its words, the lines with a `brief` (the allowance and its mức chuẩn, what is not known, health insurance by class);
      // "chi tiết" gives the whole card.
      // The group asked of in general ("người khuyết tật được hỗ trợ gì", what the note beside the check tells to type:
      // disabledMember.more) keeps the whole card.
      // Asked whether the household is listed by it ("nguoi khuyet tat co dc xet vo ho ngheo ko", "nha co nguoi tan tat co dc len
      // ho can ngheo hok"; round 35 short26d: were the whole card or the brief, neither saying it): its `recognised` lines.
      brief: {
        asks: DISABILITY_WORDS,
        unless: ['nguoi khuyet tat'],
        more: IN_FULL,
        recognised: ['vo ho ngheo', 'vao ho ngheo', 'len ho ngheo', 'xet ho ngheo', 'vo ho can ngheo', 'vao ho can ngheo', 'len ho can ngheo', 'xet ho can ngheo', 'thanh ho ngheo', 'la ho ngheo', 'duoc xet ngheo'],
      },
    },
    // "Soạn tin nhắn nhắc bà con giữ bí mật thông tin cá nhân, không gửi CCCD cho người lạ nhận làm hồ sơ hộ nghèo" (round 39
    // mend39d; was personal_data's card on sharing in Zalo groups): identity papers asked by someone offering to file for the
    // household, before personal_data (its "thông tin cá nhân" is said too).
    // "co nguoi goi dien noi tui dc nhan 5 trieu ho tro ho ngheo, bat chuyen 500k phi ho so, co that ko", "goi dien bat chuyen tien
    // nhan ho tro", "co nguoi xin so cccd de lam ho ngheo" (round 40 mend40a; were "Không đúng: không có khoản 5.000.000 đồng", an
    // explainer, the papers to bring): money to transfer or a code asked by a caller, or CCCD asked by someone, in brief.
    identity_papers: {
      subject: [
        'cccd', 'can cuoc', 'cmnd', 'chung minh nhan dan', 'giay to tuy than', 'anh giay to', 'chup giay to',
        'chuyen tien', 'chuyen khoan', 'bat chuyen', 'doi chuyen', 'phi ho so', 'phi nhan tien', 'ma otp', 'otp',
        // "co nguoi goi dien noi tui dc ho tro 3 trieu, bao cho so tai khoan" (round 44 rumour49; was an explainer on electricity
        // found by search): a bank account or a link asked by a caller is the same lure.
        'so tai khoan', 'stk', 'tai khoan ngan hang', 'mat khau', 'ma pin', 'bam link', 'bam vao link', 'gui link', 'duong link',
      ],
      asks: [
        'nguoi la', 'nhan lam', 'lam ho so', 'lam giup ho so', 'lam dum ho so', 'lam ho ho so', 'xin cccd', 'doi cccd', 'hoi cccd',
        'xin so', 'doi so', 'hoi so', 'nguoi xin', 'nguoi doi', 'goi dien', 'goi dt', 'nhan tin', 'so la',
        // "nghe noi co link dang ky nhan tien ho tro ho ngheo tren zalo, bam vao dien cccd" (round 44 rumour49): a link asking for it.
        'link', 'dien cccd', 'nhap cccd', 'bao cho', 'bao gui', 'dua so',
        // "nghe noi dang ky tren zalo de nhan 5 trieu ho tro ho ngheo dung ko, ho bat chuyen 200k phi" (round 44 mend47b; was
        // filing online): money asked through a chat app or a link, as by a caller.
        'zalo', 'facebook', 'fb', 'messenger', 'tiktok', 'tren mang', 'qua mang', 'duong link', 'dang ky online',
        // "gui cccd de nhan tien ho tro", "co nguoi keu gui hinh cccd de nhan tien ho ngheo" (round 46 resid55; were the procedure's
        // papers): the card or its photo sent to someone for money.
        'gui cccd', 'gui so cccd', 'gui hinh cccd', 'gui anh cccd', 'gui can cuoc', 'gui so can cuoc', 'gui hinh can cuoc', 'gui anh can cuoc',
        'gui cmnd', 'gui hinh cmnd', 'gui anh cmnd', 'chup cccd', 'chup hinh cccd', 'chup anh cccd', 'chup can cuoc', 'keu gui', 'bieu gui', 'bat gui',
      ],
      alone: true,
      brief: { always: true, more: IN_FULL },
    },
    // "ho ngheo ma co con di lam cong ty thi sao, co bi mat ko" (round 40 mend40a; was an explainer on other supports): a member's
    // wage or the household's income rising, its standing asked; a class named.
    income_rise: {
      subject: [
        'lam cong ty', 'lam cty', 'lam cong nhan', 'lam xi nghiep', 'lam nha may', 'lam khu cong nghiep', 'lam kcn', 'co viec lam',
        'thu nhap tang', 'tang thu nhap', 'thu nhap cao hon', 'kiem duoc tien', 'co viec on dinh',
      ],
      asks: [
        'bi mat', 'co mat', 'mat ko', 'mat khong', 'mat hok', 'mat ho ngheo', 'bi rot', 'bi cat', 'bi loai', 'con la ho', 'con ho ngheo', 'con ho can ngheo',
        'thi sao', 'co sao', 'anh huong',
      ],
      brief: { always: true, more: IN_FULL },
    },
    // "tai sao lai phai khai thu nhap, co bi thu thue ko", "khai thu nhap xong co phai dong thue hok" (round 45 mend49a; was a
    // provincial resolution's passage): the income declared at the review asked as taxed. "thuế" folds as "thuê" (hired, rented):
    // only as taxing ("thu thuế", "đóng thuế"), never "làm thuê", "thuê nhà".
    income_tax: {
      subject: ['thu thue', 'dong thue', 'tinh thue', 'nop thue', 'danh thue', 'chiu thue', 'bi thue'],
      asks: ['khai', 'ke khai', 'khai bao', 'thu nhap', 'hoi thu nhap'],
      alone: true,
    },
    // "hom qua co ong can bo xa toi hoi thu nhap nha tui, vay la sao" (round 40 mend40a; was "không tìm thấy"): a cadre, a village
    // head or someone came to ask the household, said with who came.
    cadre_visit: {
      subject: ['toi', 'den', 'xuong', 'ghe', 'vo', 'toi nha', 'den nha', 'xuong nha', 'ghe nha', 'vo nha'].flatMap((came) =>
        ['hoi', 'dieu tra', 'khao sat', 'kiem tra', 'ghi chep', 'ghi thong tin', 'phong van'].map((asked) => `${came} ${asked}`)),
      asks: ['can bo', 'truong thon', 'truong ap', 'truong xom', 'truong khom', 'truong ban', 'ong xa', 'ba xa', 'nguoi cua xa', 'nguoi xa', 'co nguoi', 'may nguoi', 'nguoi la', 'doan'],
      // Not the user going or asking ("cho toi hoi can bo nao duyet", "tui den hoi can bo xa"): "tôi" is typed "toi" too.
      unless: [
        ...['cho', 'muon', 'xin', 'can', 'de'].flatMap((lead) => ['toi hoi', 'tui hoi', 'em hoi', 'minh hoi'].map((asking) => `${lead} ${asking}`)),
        ...['tui', 'toi', 'em', 'minh', 'con'].flatMap((self) => ['den', 'xuong', 'ghe', 'vo', 'ra', 'len', 'da'].map((went) => `${self} ${went}`)),
        ...['tui', 'toi', 'em', 'minh'].flatMap((self) => ['can bo', 'truong', 'xa', 'thon'].map((whom) => `${self} hoi ${whom}`)),
        // When the cadres come ("bua mo can bo xuong nha kiem tra", "khi nao can bo den nha kiem tra"): the review's days (round 37).
        'khi nao', 'bua mo', 'bua nao', 'khi mo', 'bao gio', 'chung nao', 'luc nao', 'ngay nao', 'thang nao', 'hom nao',
      ],
      alone: true,
      brief: { always: true, more: IN_FULL },
    },
    // "khai thong tin ho ngheo co bi lo ra ngoai ko" (round 17). Not "bi lo" alone ("nha bi lo dat": a landslide), nor "lo ra"
    // ("ai lo ra soat": who takes care of the review).
    personal_data: {
      subject: ['thong tin ca nhan', 'du lieu ca nhan', 'bao mat', 'rieng tu', 'an toan thong tin', 'lo thong tin', 'lo lot thong tin', 'lo ra ngoai', 'tiet lo', 'ro ri'],
      // "thu nhap nha tui khai cho xa co bi tiet lo ko": a leak asked needs no class or review word.
      alone: ['lo thong tin', 'lo lot thong tin', 'lo ra ngoai', 'tiet lo', 'ro ri'],
    },
    // "Hộ không đồng ý với kết quả bình xét ở thôn thì làm gì", "bị xóa tên … thì khiếu nại ở đâu".
    // "truong thon doi 500k moi dua nha tui vo danh sach ho ngheo", "phai nop phi 200 nghin moi dc xet" (findings31 R04): money
    // asked to be reviewed or listed, never the household's income (an amount right after a verb of TOPICS.feeDemand counts as
    // the subject too, src/text/lexicon/index.ts moneyDemanded). Not "mất tiền" alone: "đi khám có mất tiền ko" is the BHYT card.
    review_fees: {
      subject: [
        'nop phi', 'dong phi', 'doi phi', 'thu phi', 'mat phi', 'phi xet', 'le phi xet', 'doi tien', 'dua tien', 'nop tien', 'thu tien', 'lay tien',
        'tien boi duong', 'boi duong', 'hoi lo', 'lot tay', 'tien lot', 'tien cam on', 'chung chi', 'tien trao tay',
        // "can bo xa bat dong tien moi cap giay chung nhan ho can ngheo" (findings35 N35-08): told to pay, no amount said.
        'bat dong tien', 'bat nop tien', 'bat dua tien', 'doi dong tien',
        // "canh bao lua dao lam ho so ho ngheo" (findings N38-84): a scam about the review is money asked for it.
        'lua dao', 'mao danh can bo', 'gia danh can bo',
        // "ho ngheo co phai dong tien gi ko", "lam ho so ho ngheo co ton phi ko" ("tốn phí" is "mất phí"), "tui bi lua dong tien
        // lam ho so ho ngheo, bao ai" (round 15, residents): paying for the review or the list asked, or a scam about it told.
        'dong tien gi', 'co phai dong tien', 'phai dong tien khong', 'phai nop tien', 'ton phi', 'bi lua', 'lua tien', 'lua gat', 'bi gat',
        // "ho ngheo co phai tra tien ko" (round 33 mend33a; was the money handed out to the class): paying asked, as "đóng tiền".
        'co phai tra tien', 'phai tra tien khong', 'tra tien gi',
        // "lam giay chung nhan ho ngheo co mat tien ko" (round 17): whether the certificate or the file costs anything. Not "mất tiền"
        // alone ("nhà bị mất tiền" is a loss): asked whether ("có mất tiền", "mất tiền không").
        'co mat tien', 'mat tien khong', 'co ton tien', 'ton tien khong', 'mat tien gi', 'ton tien gi', 'mat bao nhieu tien', 'ton bao nhieu tien',
        // "ba hang xom noi dang ky ho ngheo phai dong tien cho truong thon, co hong" (round 25 tryout7): money paid to a village
        // head or a cadre, named. Not "đóng tiền cho" alone: "đóng tiền cho con đi học" is the school's.
        'tien cho truong thon', 'tien cho truong ap', 'tien cho truong xom', 'tien cho truong khom', 'tien cho truong ban', 'tien cho can bo',
        'tien cho ong truong', 'tien cho ba truong',
      ],
      // "làm hồ sơ cận nghèo": the file for the review, and the class named after it (findings34 N07).
      asks: ['xet', 'danh sach', 'cong nhan', 'ra soat', 'binh xet', 'giay chung nhan', 'ho ngheo', 'ho can ngheo', 'vao ho', 'len ho', 'ho so', 'can ngheo', 'ds'],
      alone: true,
      // "ho ngheo thi con di hoc lop 6 co phai dong tien j ko" (round 27): a pupil's money is the school's (supportsByWho); a visit's,
      // the health insurance card's (visit_cost).
      unless: [...PUPIL_WORDS, ...VISIT_WORDS],
    },
    // Round 16 (residents): "tui ko chiu ket qua binh xet", "ko phuc", "binh xet ko cong bang", "thon binh xet sai", "hop thon ko
    // binh cho nha tui", "bi rot ho can ngheo ma ko dong y": the result disputed, never a passage, "không tìm thấy" or why one loses it.
    disagreeing_result: {
      subject: [
        'khong dong y', 'khieu nai', 'phan doi', 'thac mac', 'kien nghi', 'khong chiu', 'khong phuc', 'khong cong bang', 'bat cong', 'xet sai',
        'binh sai', 'binh xet sai', 'khong binh cho', 'khong binh xet cho', 'khong xet cho',
        // "mô có ai tới nhà tui rà soát hết, rứa mà xã nói nhà tui thoát nghèo rồi" (round 38 mend38b; was a plan's passage): nobody
        // came to review the household, the result disputed (with "rà soát" or a result asked).
        ...['dau co ai', 'khong co ai', 'chua co ai', 'khong ai', 'chua ai'].flatMap((nobody) => ['toi', 'xuong', 'den', 'ghe', 'vo'].map((came) => `${nobody} ${came}`)),
        // "xa noi nha tui thoat ngheo roi ma tui van kho" (round 39 resid39; was a plan's passage): the household still poor "but"
        // ("mà") told it has left the list (with "thoát nghèo", `asks`), the result disputed. Not "nhưng vẫn còn khó khăn": a
        // cadre's "hộ thoát nghèo nhưng vẫn còn khó khăn" asks what a newly escaped household keeps.
        ...['van kho', 'van ngheo', 'van con kho', 'van con ngheo', 'van kho khan', 'van con kho khan', 'con kho', 'con ngheo'].map((still) => `ma ${still}`),
        ...['ma'].flatMap((but) => ['toi', 'nha toi', 'nha', 'minh', 'em', 'nha em', 'ho', 'gia dinh'].flatMap((who) => ['van kho', 'van ngheo', 'van con kho', 'van con ngheo', 'van kho khan', 'con kho', 'con ngheo']
          .map((still) => `${but} ${who} ${still}`))),
      ],
      asks: ['ket qua', 'binh xet', 'ra soat', 'danh sach', 'cong nhan', 'xoa ten', 'o dau', 'lam gi', 'hop thon', 'bi rot', 'bi loai', 'rot ho', 'loai khoi',
        // "nha ben canh dc ho ngheo ma nha tui ngheo hon ko dc, tui muon khieu nai", "xet ho ngheo o xom ko cong bang, muon khieu nai
        // thi lam sao" (round 31 tryout17; was "tố cáo, khiếu nại cán bộ không có trong dữ liệu"): the review's result disputed, by
        // a neighbour compared or asked how.
        'lam sao', 'the nao', 'muon khieu nai', 'hang xom', 'nha ben canh', 'ben canh', 'nha ke ben', 'nop don', 'gui don', 'lam don',
        // "tui bi tu choi ho ngheo, khieu nai cho ai" (round 36 tryout24; was "tố cáo, khiếu nại cán bộ không có trong dữ liệu"): a
        // household refused, asking whom to complain to, disputes the review's result; to whom (round 36 words22, `alone` below).
        // To whom only with "khiếu nại": "tui thac mac, giay chung nhan ho ngheo nop cho ai" (round 36 mend36b) is the procedure.
        'tu choi', 'khong duoc cong nhan', ...COMPLAIN_TO_WHOM,
        // "xa noi nha tui thoat ngheo roi ma tui van kho" (round 39 resid39): told it has left the list.
        'thoat ngheo roi', 'cho thoat ngheo', 'xa noi'],
      // "khieu nai can bo an chan tien ho tro": a cadre accused is notInData's complaints, not the result.
      unless: ['an chan', 'an bot', 'tham nhung', 'giu tien', 'lay tien ho tro', 'to cao', 'to giac'],
      // "ko dong y ket qua hop thon thi lam gi": a result disputed needs no class or review word besides.
      alone: ['khong dong y ket qua', 'khong chiu ket qua', 'khong phuc ket qua', 'khieu nai ket qua', 'phan doi ket qua',
        // "khieu nai o dau" alone (round 35 mend35a; was "tố cáo, khiếu nại cán bộ không có trong dữ liệu"): a resident complaining
        // here complains of the review's result; a cadre named ("khieu nai can bo o dau") stays notInData's complaints.
        // Said with where or how (asks below).
        'khieu nai o dau', 'khieu nai the nao', 'khieu nai lam sao',
        // "khieu nai cho ai", "ko dong y thi khieu nai voi ai" (round 36 tryout24, words22; was "tố cáo, khiếu nại cán bộ không có
        // trong dữ liệu"): to whom, said the same way.
        ...COMPLAIN_TO_WHOM],
      // "tui ko dong y thi lam sao" right after the card of a household taken off the list (round 33 tryout20; was "ngoài phạm vi"):
      // disagreeing, nothing else named, is that result disputed (src/chat/topics.ts disputedAfter); said anywhere else it names no
      // result ("chong ko dong y thi lam sao", round 33 mend33a), and while the question to keep the answers waits it refuses that.
    },
    // "lam sao biet nha minh co trong danh sach ho ngheo ko", "nha tui co ten trong ds ho can ngheo ko", "coi danh sach ho ngheo o
    // dau" (round 27 words10): whether the household is on the list, where it is seen (rules/reference.yaml on_the_list); was the
    // whole standard card. How to get on it ("lam sao de co ten trong danh sach") is the procedure's.
    on_the_list: {
      subject: [
        'co trong danh sach', 'co ten trong', 'ten trong danh sach', 'trong ds', 'nam trong danh sach', 'coi danh sach', 'xem danh sach', 'tra danh sach',
        'coi ds', 'xem ds', 'tra ds', 'danh sach ho ngheo o dau', 'danh sach ho can ngheo o dau', 'ds ho ngheo o dau', 'ds ho can ngheo o dau',
      ],
      // "ai giu danh sach" after the merger note (round 35 tryout23; was "không tìm thấy"): who keeps the list, which this entry says
      // (công nhận by the Chủ tịch UBND cấp xã, asked of the cán bộ phụ trách giảm nghèo ở UBND cấp xã), no class needed beside it.
      alone: [
        'ai giu danh sach', 'ai giu ds', 'ai quan ly danh sach', 'ai quan ly ds', 'danh sach do ai giu', 'ds do ai giu', 'danh sach ai giu', 'ds ai giu',
        'ai nam danh sach', 'ai nam ds', 'ai lap danh sach', 'ai lap ds',
      ],
      // "rang nha tui ngheo ma hong co ten trong danh sach ho ngheo" (round 25): not recognised, which losing answers.
      unless: [
        'lam sao de', 'de duoc', 'muon duoc', 'xin vao', 'dang ky', 'dua vo', 'dua vao', 'xa ngheo', 'bao gio', 'khi nao', 'chung nao',
        'khong co ten', 'chua co ten', 'ma khong', 'khong duoc',
      ],
    },
    // "xã nghèo giai đoạn 2026-2030 gồm những xã nào"; "xa Ia Pa co phai xa ngheo ko": whether a named commune is one (the list is not in the data).
    poor_communes: {
      subject: [
        'danh sach xa ngheo', 'cac xa ngheo', 'nhung xa ngheo', 'xa ngheo nao', 'xa nao ngheo', 'danh sach huyen ngheo', 'xa dac biet kho khan nao',
        'xa ngheo gom', 'gom nhung xa nao', 'la nhung xa nao',
        'co phai xa ngheo', 'la xa ngheo', 'thuoc xa ngheo', 'xa ngheo khong', 'xa ngheo chua', 'con la xa ngheo', 'xa ngheo la gi',
        // "con huyen ngheo ko", "sau sap nhap con huyen ngheo nua hok" (round 21): poor districts after 01/07/2025 (no district level).
        'con huyen ngheo', 'huyen ngheo khong', 'huyen ngheo nua', 'huyen ngheo chua', 'la huyen ngheo', 'co phai huyen ngheo', 'thuoc huyen ngheo', 'huyen ngheo la gi',
        // "huyen ngheo 30a con ko" (round 23): the poor districts of the 30a programme, named by it.
        'huyen ngheo 30a',
        ...POOR_COMMUNE_NAMED,
      ],
      // "sao cho xa bao nam nay ko con ho ngheo ma van lay ten xa ngheo" (round 45 mend49a; was the rumour template on the
      // standard): why a commune bears the name, in brief: what the programme targets, that its list and criteria are not known.
      brief: { asks: POOR_COMMUNE_NAMED, more: 'danh sách xã nghèo' },
    },
    // "xã nghèo 2026-2030 được hỗ trợ những gì": what the commune gets (its households' supports are asked by class).
    poor_commune_support: { subject: ['xa ngheo', 'huyen ngheo'], asks: ['ho tro', 'dau tu', 'chinh sach', 'duoc gi', 'huong gi', 'uu dai'], alone: true },
    // "giam ngheo gio thuoc bo nao quan ly", "bo lao dong con lo ho ngheo ko", "nghi dinh 35/2025 noi gi": the ministry in charge
    // since 2025 (rules/reference.yaml poverty_ministry, NĐ 35/2025/NĐ-CP).
    poverty_ministry: {
      subject: [
        'bo nao', 'thuoc bo', 'bo quan ly', 'quan ly nha nuoc', 'bo lao dong', 'bo ldtbxh', 'bo nong nghiep', 'bnnmt', 'bo nn mt', 'nghi dinh 35', 'nd 35',
        'nghi dinh so 35',
      ],
      asks: ['giam ngheo', 'ho ngheo', 'ho can ngheo', 'chuan ngheo', 'quan ly', 'lo', 'phu trach', 'chuc nang', 'nhiem vu'],
      // A loan named ("vay von chinh sach gio bo nao quan ly": policy_credit_authority), not the closing "vậy" typed "vay" ("gio bo
      // nao quan ly giam ngheo vay", round 18).
      unless: ['vay von', 'cho vay', 'vay tien', 'duoc vay', 'khoan vay', 'tin dung', 'ngan hang', 'bao hiem', 'tai chinh', 'nghi dinh 351', 'nd 351', 'ban hanh'],
      alone: true,
    },
    // "ngan hang chinh sach gio thuoc bo nao", "nd 125/2025 la gi", "tin dung chinh sach gio ai quan ly": NĐ 125/2025/NĐ-CP, the
    // split of Bộ Tài chính powers including tín dụng chính sách xã hội (rules/reference.yaml policy_credit_authority).
    policy_credit_authority: {
      subject: ['nghi dinh 125', 'nd 125', 'nghi dinh so 125', 'bo tai chinh', 'ngan hang chinh sach', 'nhcsxh', 'tin dung chinh sach', 'von chinh sach'],
      // What the document is ("nd 125/2025 la gi") is the documents' answer (src/chat/documents.ts documentIdentity): not here, so
      // "ngân hàng chính sách xã hội là gì" stays a question about loans.
      asks: ['bo nao', 'thuoc bo', 'ai quan ly', 'co quan nao', 'quan ly nha nuoc', 'phan dinh', 'tham quyen'],
      alone: true,
      // "vay von chinh sach gio bo nao quan ly": who runs the loans, not the loan itself.
      over: ['policy_credit'],
    },
    // "người lao động thu nhập thấp theo nghị định 30/2025 là bao nhiêu": a worker's income line, not the poverty standard.
    // "tui lam cong nhan luong thap co dc nha nuoc ho tro gi ko" (round 18): a worker's low wage, said as residents do.
    low_income_workers: {
      subject: ['thu nhap thap', 'luong thap', 'luong it', 'luong khong du song', 'thu nhap it'],
      asks: ['nguoi lao dong', 'lao dong', 'cong nhan', 'lam cong ty', 'lam thue', 'lam cong', 'di lam'],
      alone: true,
    },
    // "tỉnh có được ban hành chuẩn nghèo riêng cao hơn không": whether a province may (a city named alone, "tp hcm có chuẩn
    // riêng hok", is TOPICS.localStandard's card).
    local_standard_allowed: {
      // "tinh co dc tu dat chuan ngheo cao hon cua trung uong ko" (round 18).
      subject: ['chuan rieng', 'chuan ngheo rieng', 'chuan dia phuong', 'chuan cua tinh', 'chuan cao hon', 'cao hon chuan', 'chuan ngheo cao hon', 'cao hon trung uong', 'cao hon cua trung uong'],
      asks: ['ban hanh', 'duoc phep', 'co duoc', 'co quyen', 'tu quy dinh', 'tu dat',
        // "UBND tỉnh có thẩm quyền áp dụng chuẩn nghèo cao hơn chuẩn quốc gia không?" (round 44 cadre46; was the 2026 standard's table):
        // a cadre's words for "may".
        'tham quyen', 'ap dung', 'co the'],
      alone: true,
    },
    // "Chương trình MTQG giai đoạn 2026-2035 tổng vốn bao nhiêu": the programme's money (TOPICS.referenceContext names the programme).
    // "chuong trinh giam ngheo moi 2026 2035 la j", "chuong trinh hop nhat … la sao" (round 15): the programme named alone is
    // this entry too (`alone`), never the 2021–2025 one ("chuong trinh mtqg 2021-2025 co may du an": the explainers, `unless`).
    // The money words still need the programme or the review named (referenceContext); the programme's names stand alone.
    national_programme: {
      subject: ['tong von', 'nguon von', 'von dau tu', 'bao nhieu von', 'kinh phi', 'ngan sach', 'tong muc dau tu'],
      alone: [
        'chuong trinh giam ngheo moi', 'chuong trinh moi', 'chuong trinh mtqg moi', 'chuong trinh hop nhat', 'chuong trinh 2026', 'chuong trinh giai doan 2026',
        'chuong trinh giam ngheo 2026', 'chuong trinh giam ngheo giai doan 2026', 'mtqg 2026', 'mtqg giai doan 2026', 'muc tieu quoc gia 2026',
        'muc tieu quoc gia giai doan 2026', '2026 2035',
        // "soan giup bai dang zalo ve chuong trinh mtqg giam ngheo moi" (round 28): the programme's short name before "mới".
        'mtqg giam ngheo moi', 'muc tieu quoc gia giam ngheo moi', 'giam ngheo ben vung moi',
        // "ct mtqg moi tu nam nao" (round 36 law28; was "ngoài phạm vi"): "chương trình" shortened.
        'ct mtqg moi', 'ct giam ngheo moi', 'ct moi',
        // "Chương trình MTQG giảm nghèo bền vững giai đoạn 2026–2030 được phê duyệt theo quyết định nào?", "qd 417 la gi", "NQ 257
        // quy định gì" (round 42 cadre44; were a search snippet, the 2.047-character card, the documents card without QĐ 417 / NQ
        // 424): the programme by its later name and its documents by number.
        'giam ngheo ben vung giai doan 2026', 'giam ngheo ben vung 2026',
        // "Chương trình MTQG giảm nghèo 2026–2030 gồm những văn bản nào" (round 43 cadre45; was a search snippet).
        'mtqg giam ngheo 2026', 'mtqg giam ngheo giai doan 2026',
        // "chuong trinh muc tieu quoc gia giam ngheo giai doan moi la gi" (round 46 law53; was the 2021–2025 programme's explainer):
        // the new period said as "giai đoạn mới".
        'giam ngheo giai doan moi', 'mtqg giai doan moi', 'muc tieu quoc gia giai doan moi', 'chuong trinh giai doan moi', 'ct giai doan moi',
        'qd 417', 'quyet dinh 417', '417 qd', 'nq 257', 'nghi quyet 257', '257 2025 qh15', '257 qh15', 'nq 424', 'nghi quyet 424', '424 nq',
      ],
      // "chuong trinh giam ngheo moi bat dau khi nao", "ct mtqg moi tu nam nao" (round 36 law28; was the whole card, 2.104
      // characters): when it starts, its documents with their status, the whole card one typed question away.
      brief: {
        asks: [
          'bat dau', 'khi nao', 'bao gio', 'nam nao', 'tu nam', 'tu khi', 'luc nao', 'hoi nao', 'chung nao', 'ap dung tu',
          // "chuong trinh giam ngheo moi 2026-2035 la gi" (round 38 short30; was the whole card, 2.104 characters on a phone): what
          // it is, in brief too.
          'la gi', 'la j', 'la cai gi', 'la cai j', 'la sao', 'ra sao', 'the nao', 'nhu nao',
          ...DOCUMENTS_ASKED,
        ],
        more: 'chương trình giảm nghèo mới',
      },
      unless: ['2021', '2016', 'giai doan truoc', 'chuong trinh cu'],
    },
    // "Tổng kinh phí Chương trình MTQG giảm nghèo bền vững giai đoạn 2021–2025 theo QĐ 90/2022 là bao nhiêu?" (round 44 cadre46; was
    // an explainer's passage, no status): the money of the programme before 2026 (national_programme's `unless`), with its
    // successor's known and not known.
    previous_programme: {
      subject: ['tong von', 'nguon von', 'von dau tu', 'bao nhieu von', 'kinh phi', 'ngan sach', 'tong muc dau tu'],
      asks: ['2021', 'qd 90', 'quyet dinh 90', '90 qd', 'giai doan truoc', 'chuong trinh cu'],
      // "Quyết định 90/QĐ-TTg phê duyệt tổng kinh phí bao nhiêu …": the money and the programme's decision or period, no review word.
      alone: true,
    },
    // "chuong trinh 135 con ko" (round 26): a programme of the years before 2026 named by its number; what is known of the
    // merged 2026–2035 programme and that its fate is not in the data (rules/reference.yaml programme_by_number).
    programme_by_number: {
      subject: ['chuong trinh 135', 'ct 135', 'ct135', 'chuong trinh135', 'du an 135', 'chuong trinh so 135'],
      alone: true,
    },
    // "soan tin phat loa ve chi thi 05", "viet bai tuyen truyen chi thi 05-CT/TW" (findings N38-90): a text to share on the Chỉ thị
    // itself (`posts`: only when a post is asked; a question on what it says is answered from the documents that carry it out).
    // `questions`: "Chỉ thị 05 ban hành ngày nào", "chi thi 05 la gi", "chi thi 05 ai ky", "muc tieu cua chi thi 05" (round 15)
    // ask what the Chỉ thị itself is (its date, issuer, title, targets), which the entry holds; its plans and what a province
    // does with it (`unless`) stay the documents'.
    poverty_directive: {
      subject: ['chi thi 05', 'chi thi so 05', 'ct 05', '05 ct tw', 'chi thi 5'],
      alone: true,
      posts: true,
      questions: {
        asks: [
          'ngay nao', 'ngay bao nhieu', 'nam nao', 'khi nao', 'bao gio', 'ban hanh ngay', 'ky ngay', 'ai ky', 'ai ban hanh', 'ban hanh boi', 'cua ai', 'co quan nao',
          'cap nao', 'la gi', 'la cai gi', 'la van ban gi', 've viec gi', 've gi', 've cai gi', 'noi ve gi', 'noi cai gi', 'ten day du', 'ten la gi', 'so hieu', 'muc tieu', 'chi tieu',
        ],
        unless: ['thuc hien', 'trien khai', 'ke hoach', 'nghi quyet', 'quyet dinh', 'cong van', 'tinh uy', 'ubnd', 'van ban nao', 'mat tran', 'noi gi'],
      },
    },
    // "xã bãi ngang là gì", "xa bai ngang dc ho tro gi": asked without a class word too (`alone`).
    coastal_communes: { subject: ['bai ngang', 'xa ven bien', 'xa hai dao'], alone: true },
    // "thôn đặc biệt khó khăn được hỗ trợ gì", "thon DBKK duoc ho tro gi", "ấp ĐBKK", "xã đặc biệt khó khăn": a kind of village or
    // commune, asked without a class word too.
    disadvantaged_villages: {
      subject: DISADVANTAGED_PLACES,
      alone: true,
    },
    // "co dang ky online dc ko", "lam ho so tren mang dc hok": filing without going to the commune (`alone`: no class word needed).
    online_filing: {
      subject: [
        'online', 'onl', 'truc tuyen', 'tren mang', 'qua mang', 'dich vu cong', 'qua zalo', 'tren zalo', 'qua app', 'tren app', 'qua internet',
        'tren internet', 'tren dien thoai', 'qua dien thoai', 'vneid',
      ],
      asks: ['dang ky', 'nop', 'ho so', 'lam giay', 'xin giay', 'giay de nghi', 'de nghi', 'xin vao', 'xin xet', 'xet',
        // "o xa co lam online dc ko" (round 35 procedure25; was a passage): filing asked as doing it online.
        'lam online', 'lam onl', 'lam truc tuyen', 'lam tren mang', 'lam qua mang', 'lam tren dien thoai', 'lam qua dien thoai'],
      alone: true,
    },
    // "giay chung nhan ho ngheo co gia tri bao lau", "giay can ngheo het han khi nao, qua nam con xai dc ko": how long the
    // certificate holds (not known; the yearly review is). Not "có giá trị" alone, nor "bao lâu" alone ("bao lâu thì có giấy").
    // "the bhyt het han roi lam sao", "bhyt ho ngheo qua han roi gia han o dau" (round 16): the BHYT card expired; its support's words
    // name the card, which this entry wins over (`over`: read even when those supports are named).
    health_card_renewal: {
      subject: ['het han', 'qua han', 'gia han', 'cap lai the', 'lam lai the', 'doi the', 'the cu', 'het hieu luc', 'het date', 'han the'],
      // "the het han thi lam sao" after the BHYT card (round 37 resid37; was the certificate's term): "thẻ" is the health card, the
      // certificate a "giấy", "sổ" (or "thẻ hộ nghèo", not these). Not "đổi thẻ", "làm lại thẻ", "gia hạn thẻ": "đổi thế nào", "làm lại
      // thế nào" fold the same.
      asks: ['bhyt', 'bao hiem y te', 'the bao hiem', 'the y te', 'the bhyt', 'the het han', 'the qua han', 'the het hieu luc', 'the het date'],
      // "Hộ có 1 thành viên BHYT hết hạn thì có tính thiếu hụt chỉ số BHYT không?" (round 32 cadres20; was this card on renewing
      // the card): the indicator asked of an expired card is the BHYT indicator's entry.
      unless: ['chi so', 'thieu hut'],
      alone: true,
      over: ['health_insurance_premium', 'health_insurance_benefit'],
    },
    // "ho ngheo di kham benh co mat tien ko", "can ngheo di kham co ton tien hok" (round 16): what a visit costs — the card's premium
    // and what it pays — read over the BHYT supports its words name. Not a premium asked alone ("bhyt mien phi ko": no visit word).
    visit_cost: {
      subject: [
        'mat tien', 'ton tien', 'phai tra tien', 'tra tien', 'mien phi', 'khong mat tien', 'ton bao nhieu', 'het bao nhieu', 'mat bao nhieu', 'free',
        'dong vien phi', 'mat vien phi', 'phai dong tien',
      ],
      asks: VISIT_WORDS,
      alone: true,
      over: ['health_insurance_premium', 'health_insurance_benefit'],
    },
    // "tet nay nha ngheo dc ho tro gi ko bn", "nha tui ho can ngheo o vinh long, tet nay co dc qua j ko", "viết bài zalo ngắn về hỗ trợ
    // Tết cho hộ nghèo" (round 28): a Tết gift or Tết money asked (rules/reference.yaml tet_gifts), read over the other supports whose
    // words hold "qua tet"; was every class's list, or a household check. Tết as a time ("ra Tết", "sau Tết", "qua Tết này thu nhập bn
    // thì được xét": WHEN_WORDS) is no gift: `asks` wants one named, and plain "qua" (also "qua Tết", after Tết) is not one, nor
    // "được gì" ("qua tet nha tui dc j" after a check: what the household gets after Tết, residents-round12-dates).
    tet_gifts: {
      subject: [
        'tet nay', 'tet nam nay', 'tet nam nao', 'an tet', 'dip tet', 'ngay tet', 'tet nguyen dan', 'ho tro tet', 'tien tet', 'qua tet', 'don tet',
        'vui tet', 'mua tet', 'tet den', 'tet toi', 'tet ve', 'tet co', 'tet duoc',
      ],
      asks: [
        'ho tro', 'qua gi', 'co qua', 'duoc qua', 'nhan qua', 'tang qua', 'phat qua', 'qua cua', 'qua tu', 'qua khong', 'tien gi',
        'tien tet', 'duoc tien', 'co tien', 'nhan tien', 'banh chung', 'phong bi', 'bieu', 'phat', 'duoc tang',
        // "ho ngheo co duoc cho tien an tet ko" (round 30 tryout14; was an explainer of other supports quoted by search).
        'cho tien',
      ],
      // Rice handed out ("tet nay xa co phat gao cho ho ngheo hok") keeps its own answer (TOPICS.notInData: not in the data).
      // The review before Tết ("truoc tet nay xa co ra soat ho ngheo ko, co chinh sach gi moi", round 28 mend28a) is no gift.
      unless: ['ra tet', 'sau tet', 'tu tet', 'het tet', 'an tet xong', 'tet duong lich', 'tet tay', 'sang tet', 'gao', 'truoc tet', 'ra soat', 'xet'],
      alone: true,
      over: ['other_supports'],
    },
    // "bao gio thi dc nhan tien ho tro", "khi nao moi co tien ho tro" (round 17): when a support's money comes (no payment calendar in
    // the data). A support named keeps its card ("khi nao nhan tien an trua").
    support_payment_timing: {
      subject: [
        'nhan tien', 'lanh tien', 'co tien ho tro', 'tien ho tro ve', 'phat tien', 'nhan ho tro', 'lanh ho tro', 'chi tra tien', 'nhan duoc tien', 'lanh duoc tien',
        'tien ve', 'co tien',
        // "tien ho tro ho ngheo chung nao phat z" (round 18): the money named first, when it is handed out asked after the class.
        'tien ho tro', 'phat ho tro', 'chi ho tro',
      ],
      asks: ['bao gio', 'khi nao', 'luc nao', 'thang nao', 'ngay nao', 'may gio', 'chung nao', 'bua nao'],
      // An old person's money ("ba noi tui 80 tuoi khi nao duoc lanh tien") is the social pension's card (supportsByWho).
      unless: ['ra soat', 'binh xet', 'giay chung nhan', 'chuan ngheo', 'tuoi', 'nguoi gia', 'ong noi', 'ba noi', 'ong ngoai', 'ba ngoai'],
      alone: true,
    },
    certificate_validity: {
      subject: [
        'het han', 'con xai', 'con dung duoc', 'con gia tri', 'han su dung', 'thoi han cua giay', 'giay het', 'gia tri bao lau', 'gia tri trong bao lau',
        'co gia tri den', 'dung duoc bao lau', 'xai duoc bao lau', 'hieu luc bao lau', 'bao lau thi het han', 'bao lau het han', 'bao lau phai doi giay',
        'bao lau phai lam lai giay',
        // "giay chung nhan ho can ngheo xai dc may nam" (round 21).
        'xai duoc may nam', 'dung duoc may nam', 'gia tri may nam', 'xai duoc bao nhieu nam', 'dung duoc bao nhieu nam',
        // "giay chung nhan ho ngheo co thoi han bao lau" (round 16).
        // Not "thời hạn bao lâu" alone: "quy trình rà soát … thời hạn bao lâu" asks the procedure's time limit.
        'co thoi han', 'co han bao lau',
        // "Thời hạn giấy chứng nhận hộ nghèo bao lâu?" (round 33 staff21; was the whole procedure card, no word on the certificate).
        'thoi han giay chung nhan', 'thoi han cua giay chung nhan', 'thoi han su dung giay',
      ],
      // "het han ra soat chua", "het han nop giay chua" (round 17): the review's deadline asked, not the certificate's term.
      // "viết bài đăng nhắc bà con nộp giấy đề nghị rà soát trước khi hết hạn" (round 32 outreach19): the review's deadline too.
      unless: ['het han ra soat', 'het han nop', 'het han dang ky', 'het han xet', 'het han binh xet', 'ra soat truoc khi het han'],
      alone: true,
    },
    // "muốn rút tên khỏi hộ cận nghèo", "xin thoát nghèo" (not "bị rút", "bị loại": losing, TOPICS.losing).
    leaving_list: {
      subject: [
        'rut ten', 'rut khoi', 'xin ra khoi', 'muon ra khoi', 'xin thoat ngheo', 'xin thoat can ngheo', 'tu nguyen thoat', 'tu nguyen ra', 'khong muon la ho',
        'khong muon lam ho', 'khong muon o ho', 'dang ky thoat ngheo', 'dang ky thoat can ngheo', 'xin ra ho', 'xin bo ho',
        // "lam sao de ko con la ho can ngheo nua" (round 43 mend45d; was the explainer for households not on the list).
        'de khong con la ho', 'de ko con la ho',
      ],
    },
    // "hộ thoát nghèo có được hưởng tiếp không", "ho thoat ngheo con dc huong gi": what a household that left the poor list
    // keeps, and how long (a cadre's "hộ thoát nghèo" is the newly escaped class, TOPICS.classes; a support named keeps its card).
    newly_escaped: {
      subject: ['thoat ngheo'],
      // "lam sao thoat ngheo ma van dc ho tro", "thoat ngheo roi co con dc giup ko" (round 15): what is kept after leaving.
      asks: ['huong tiep', 'duoc tiep', 'tiep tuc', 'con duoc', 'con huong', 'duoc huong', 'con ho tro', 'duoc gi', 'huong gi', 'van duoc', 'van con', 'van huong', 'con dc giup', 'con giup'],
      // "Hộ mới thoát nghèo được vay vốn ưu đãi trong bao lâu?" (round 33 law20; was the loan card, no "how long" said first): how long
      // a kept support lasts is the entry's 3 years; asked only of a household that has left ("mới", "đã thoát nghèo", "thoát nghèo
      // rồi"): "nha tui muon thoat ngheo thi mat bao lau" (round 33 mend33a; was this entry) asks what helps it leave (escaping_poverty).
      pairedAsks: {
        asks: ['trong bao lau', 'duoc bao lau', 'bao lau', 'may nam', 'bao nhieu nam', 'den khi nao', 'toi khi nao', 'trong may nam'],
        said: ['moi thoat ngheo', 'vua thoat ngheo', 'da thoat ngheo', 'thoat ngheo roi', 'ho thoat ngheo', 'thoat ngheo duoc'],
      },
      // "nha tui moi thoat ngheo thi con dc vay von uu dai ko", "nha tui thoat ngheo nam ngoai, gio con dc vay von ko" (round 36
      // words23; were this entry, no rate nor where): the loan still asked is the loan card's newly escaped line; only how long asks here.
      over: ['policy_credit'],
      overPaired: true,
    },
    // "lam sao de thoat ngheo dc ho tro gi ko", "nha tui muon thoat ngheo thi nha nuoc giup gi" (round 21b): a household wanting to
    // leave poverty asks what helps it do so (livelihood, training, loans), not how to be taken off the list (leaving_list); after
    // newly_escaped: "lam sao thoat ngheo ma van dc ho tro" asks what is kept after leaving.
    escaping_poverty: {
      subject: ['lam sao de thoat ngheo', 'lam sao thoat ngheo', 'lam the nao de thoat ngheo', 'lam gi de thoat ngheo', 'muon thoat ngheo', 'de thoat ngheo',
        'giup thoat ngheo', 'giup ho thoat ngheo', 'cach thoat ngheo', 'vuon len thoat ngheo'],
      // "nghị quyết 05 có giải pháp gì để thoát nghèo", "chỉ thị 05 giúp hộ thoát nghèo ra sao": the documents' own words answer.
      unless: [...DOCUMENT_QUESTIONS, 'chi thi'],
      alone: true,
    },
    // "nha tui dan toc h mong o tren nui" (round 37 resid37; was "ngoài phạm vi"): a household said to be of an ethnic minority, alone
    // (rules/reference.yaml ethnic_minority). A support named keeps its card, a lack told its indicator ("tui nguoi dan toc, nha o
    // vung cao, nuoc sinh hoat ko co, dc ho tro j ko": `last`); a plan's or a programme's words keep the documents and the
    // programme's card (`unless`).
    ethnic_minority: {
      subject: ETHNIC_WORDS,
      alone: ETHNIC_WORDS,
      last: true,
      unless: [...DOCUMENT_QUESTIONS, ...ETHNIC_MAJORITY, 'chi thi', 'chuong trinh', 'van ban', 'quyet dinh', 'nghi dinh'],
    },
    // "toi dan toc kinh, co dc uu tien j ko" (round 37 mend37b; was the ethnic-minority card): the Kinh are the majority, the
    // minority's supports not theirs (rules/reference.yaml ethnic_majority), the check and the supports by class offered.
    ethnic_majority: {
      subject: ETHNIC_MAJORITY,
      alone: ETHNIC_MAJORITY,
      unless: [...DOCUMENT_QUESTIONS, 'chi thi', 'chuong trinh', 'van ban', 'quyet dinh', 'nghi dinh'],
    },
  } as Record<
    string,
    {
      subject: readonly string[];
      asks?: readonly string[];
      unless?: readonly string[];
      alone?: true | readonly string[];
      /** More `asks`, counted only when one of `said` is said too. */
      pairedAsks?: { asks: readonly string[]; said: readonly string[] };
      posts?: boolean;
      questions?: { asks: readonly string[]; unless: readonly string[] };
      /** Supports (rules/supports ids) this entry is read over: it answers even when their words are in the question. */
      over?: readonly string[];
      /** `over` only for a household said to be of no class ("nhà tui ko nghèo"): others keep their class's support card. */
      overNotOfClass?: true;
      /** `over` only when one of `pairedAsks.asks` is said with its `said` ("được vay vốn trong bao lâu"): how long a support lasts. */
      overPaired?: true;
      /** A supportsByWho id: when its pair is said (with one of its classes), that support answers, not this entry. */
      yieldsTo?: string;
      /** supportsByWho ids: the first whose `who` is said leads the entry with its lines of that support. */
      leads?: readonly string[];
      /** The ages said lead the entry with the supports of an age band they reach (src/chat/topics.ts agedSupports). */
      aged?: true;
      /** Read only when no other topic is (a lack, a support, the standard…): what the person is, said with nothing else asked. */
      last?: true;
      /**
       * A resident's brief question: the entry asked by these words only (no other `subject` phrase) gets the lines that have a
       * `brief` (rules/reference.yaml), then "Xem đủ: gõ “`more`”", which asks the entry by another subject phrase, so the whole card;
       * not when one of `unless` is said.
       */
      /** `always`: asked by any of its subject's words, told in brief. */
      brief?: { asks?: readonly string[]; always?: true; more: string; unless?: readonly string[]; recognised?: readonly string[] };
    }
  >,
  /**
   * What every reference entry is about: households in the review. An entry's words count only with a class word
   * (TOPICS.classes) or one of these ("chấm điểm thi đua xã nông thôn mới" is no review scoring), and never when a
   * support is named ("cơ quan nào quyết định mức hỗ trợ tiền điện cho hộ nghèo" is the electricity support).
   */
  referenceContext: [
    'ra soat', 'cong nhan', 'xep loai', 'phan loai', 'binh xet',
    // Who counts in the household ("thành viên đi làm xa có tính vào nhân khẩu ko") and the national programme the review serves.
    'nhan khau', 'nguoi trong ho', 'mtqg', 'muc tieu quoc gia',
    // "z nha tui con tinh may nguoi" (round 36 words22): how many people the household is counted.
    'tinh may nguoi', 'tinh bao nhieu nguoi', 'tinh may khau', 'tinh bn nguoi', 'tinh vao ho',
    // The review's forms ("phiếu B năm 2027 là gì"): asked without a class word, still about the review.
    'phieu a', 'phieu b', 'phieu b1', 'phieu b2',
  ],
  /**
   * A message that only greets or thanks ("xin chao", "chao ad", "cam on ad nha"): answered kindly, never "ngoài phạm vi".
   * `around`: words that may stand with them (whom it is said to, particles); anything else makes it a question.
   */
  smallTalk: {
    // "alo alo co ai ko" (findings21 O08): someone there, asked on the phone's way, is a greeting too.
    greetings: ['xin chao', 'chao', 'hello', 'helo', 'hi', 'alo', 'a lo', 'co ai khong', 'co ai o do khong', 'co ai do khong', 'co ai day khong',
      // Round 12 (findings35 N35-11): "ban oi", "cho tui hoi", "tui hoi chut" alone open a question not yet typed (never "ban hành").
      'ban oi', 'cho hoi', 'cho toi hoi', 'cho tui hoi', 'cho minh hoi', 'cho em hoi', 'cho con hoi', 'hoi chut', 'hoi xiu', 'hoi ti', 'hoi chut xiu',
      'muon hoi', 'muon hoi chut', 'hoi cai', 'hoi cai nay',
      // "ad oi", "co ai o day ko", "co ai tra loi ko": calling whoever answers.
      'ad oi', 'admin oi', 'tro ly oi', 'bot oi', 'co ai o day khong', 'co ai tra loi khong', 'co ai tra loi giup khong', 'co nguoi khong'],
    thanks: ['cam on', 'cam on nhieu', 'thanks', 'thank', 'tks', 'thank you', 'camon', 'cm on'],
    // "vay ha" is "vậy hả" (oh, is it), never a loan; "thôi khỏi" (never mind).
    // "dạ vâng ạ" (findings17 q42).
    acknowledgements: ['vay ha', 'vay a', 'the ha', 'the a', 'ok', 'oke', 'okay', 'hieu roi', 'biet roi', 'thoi khoi', 'khoi', 'vang', 'da vang',
      // Round 18 tryout: "hok biet", "hong biet" after an answer (nothing asked): never "ngoài phạm vi".
      'khong biet', 'hong biet', 'hok biet', 'ko biet', 'chua biet',
      // Round 21: "ko", "hok", "ko can dau", "thoi ko" after an answer (nothing more wanted): never "ngoài phạm vi".
      'khong', 'khong can', 'khong can dau', 'thoi khong'],
    /** "😢", "😭😭" alone (round 21): a sad reaction, met with care (replies.ts sadReactionReply). */
    sadEmoji: ['😢', '😭', '😞', '😔', '😟', '🙁', '☹', '😥', '😓', '😩', '😫', '💔', '🥺', '🥲'],
    // "bạn là ai", "bot tên gì", "bạn làm được gì": asking who the assistant is; answered as a greeting (it introduces itself).
    // "ai lam ra ban" (round 40 mend40c): who made it is asked with who it is.
    identity: ['la ai', 'ten gi', 'ten la gi', 'lam duoc gi', 'giup duoc gi', 'giup gi duoc', 'ai lam ra', 'ai tao ra', 'ai quan ly'],
    // "tui ten Hoang Van Thu", "ten tui la Lan" (round 42 resid45; was an explainer found by search): the speaker's own name told,
    // the name gone before it is read (privacy/mask.ts); with these words and the others of small talk alone it asks nothing.
    nameTold: ['ten', 'ten la', 'la', 'tui', 'tao', 'con', 'chau', 'ten tui', 'ten toi', 'ten em', 'ten con', 'ten cua tui', 'ten cua toi', 'ten cua em', 'tui ten', 'toi ten', 'em ten', 'con ten'],
    around: [
      // "ok cam on ban nhen" (findings17 q42): the Southern "nhen", "nghen".
      'ad', 'admin', 'ban', 'tro ly', 'bot', 'a', 'nha', 'nhe', 'nhen', 'nghen', 'nhieu', 'nhiu', 'oi', 'em', 'anh', 'chi', 'co', 'chu', 'bac', 'minh', 'toi',
      'moi nguoi', 'ca nha', 'you', 'rat', 'ha', 'da', 'vay', 'roi', 'lam', 'qua', 'thoi',
      // "ủa vậy hả", "ừ", "ồ vậy à".
      'ua', 'u', 'o',
    ],
  },
  /**
   * Two questions joined by "và" ("Hộ nghèo được hỗ trợ BHYT bao nhiêu và được vay vốn bao nhiêu?", "Chuẩn nghèo 2027 có mấy chỉ
   * số và khi nào áp dụng?"; round 44 cadre46): each side asks with one of these (src/chat/halves.ts), so "nước sinh hoạt và vệ
   * sinh" or "hộ nghèo và hộ cận nghèo được gì" stay one question.
   */
  twoQuestions: {
    asks: [
      'bao nhieu', 'bn', 'may', 'khi nao', 'bao gio', 'luc nao', 'o dau', 'noi nao', 'cho nao', 'the nao', 'nhu the nao', 'ra sao', 'lam sao',
      'gi', 'cai gi', 'nao', 'phan tram', 'khong', 'chua', 'co duoc', 'duoc khong', 'ai',
    ],
  },
  /**
   * A follow-up, read against the last answer ("còn hộ cận nghèo?", "vậy năm nay thì sao", "thế còn thành thị", "còn nhà
   * tui thì sao"): one of `opens` first, or a short message; besides it only what the follow-up changes (a year, when.ts;
   * a class; an area, places.ts; the user's own household) and `asks` words. "vay" opening a follow-up is "vậy" (typed
   * without marks): a loan is "vay vốn", "được vay", never "vay năm nay".
   */
  followUp: {
    // "nguoi ta hong cho thi sao", "ho ko cho thi sao" right after a support's card (round 37 mend37a; were card lines that did not
    // answer): the support refused, disputed as the review's result is (topics.ts disputedAfter).
    refused: ['khong cho', 'hong cho', 'hok cho', 'chang cho', 'khong chiu cho', 'khong duyet', 'tu choi'],
    // "rứa tui phải mần răng" right after why a household is not recognised or taken off the list (round 38 mend38d; was the
    // vocational-training explainer, found by search): what to do now, alone with `whatNowAround`, is how to ask again (disputedAfter).
    whatNow: ['phai lam sao', 'lam sao bay gio', 'gio lam sao', 'bay gio lam sao', 'phai lam gi', 'lam gi bay gio', 'gio phai lam gi', 'phai lam the nao', 'tinh sao'],
    /**
     * "Hồ sơ gồm những gì, nộp ở đâu?" right after a support's card is that support's papers and place (topics.ts procedureOfSupport),
     * unless it names the review itself with one of these (round 42 mend43b).
     */
    /** "vay nam 2027 con ko" (with a later year): whether the last card still applies then (round 42 mend43b). */
    still: ['con khong', 'con duoc khong', 'con co khong', 'con huong khong', 'con ap dung khong'],
    /**
     * "qua 15 ngay ko thay tra loi thi lam sao" right after the procedure (round 42 mend43b; was "ngoài phạm vi"): the time limit
     * passed with no decision nor written answer (topics.ts overdueAfterProcedure).
     */
    overdue: ['khong thay tra loi', 'chua thay tra loi', 'khong ai tra loi', 'chua ai tra loi', 'khong tra loi', 'chua tra loi', 'khong co tra loi',
      'chua co tra loi', 'chua co ket qua', 'khong co ket qua', 'chua thay ket qua', 'khong thay ket qua', 'chua thay quyet dinh', 'chua co quyet dinh',
      'khong thay giay', 'chua thay giay', 'chua nhan duoc', 'khong nhan duoc', 'qua han', 'tre han', 'het han ma', 'bat vo am tin', 'im luon', 'khong thay gi', 'chua thay gi'],
    recognition: ['ra soat', 'cong nhan', 'chung nhan', 'xet', 'binh xet', 'danh sach', 'mau so', 'giay de nghi', 'nop giay', 'nop don', 'lam don', 'viet don'],
    whatNowAround: ['vay', 'the', 'tui', 'toi', 'em', 'minh', 'nha tui', 'nha toi', 'nha em', 'thi', 'ad', 'a', 'day', 'ha', 'nhi', 'nua', 'gio', 'bay gio'],
    // "nếu ở tp thì sao", "còn nếu nhà tui ở thành phố", "giả sử năm sau": a supposition is a follow-up too.
    opens: ['con neu', 'vay neu', 'the neu', 'neu nhu', 'neu', 'gia su', 'the con', 'vay con', 'con', 'vay thi', 'vay', 'the thi', 'the'],
    // "hộ cận nghèo ở xã nghèo thì sao", "ho can ngheo song tai xa ngheo" (round 42 cadre43): the words right before a poor commune
    // (supportsList.communes) that place the household there, read with it.
    communePlaced: ['o', 'tai', 'song', 'thuoc', 'cu', 'tru'],
    asks: [
      'thi sao', 'sao', 'the nao', 'ra sao', 'nhu the nao', 'thi', 'khong', 'co', 'a', 'ad', 'nhi', 'ha', 'vay', 'bao nhieu',
      'duoc', 'khac', 'khac khong', 'nua', 'nhe', 'oi', 'ho', 'muc', 'cua', 'o', 'the', 'voi', 'duoc gi',
      // "vay con nha can ngheo thi sao" after the poor households' loan card (round 30): "nhà" says the household as "hộ" does.
      'nha',
      // "qua 2027 thì sao", "sang năm 2027", "từ 2027": moving to the year said; "vậy là tăng hả".
      'qua', 'sang', 'tu', 'la',
      // "vay nam 2027 con ko" after the electricity card (round 42 mend43b; was "không tìm thấy"): whether it still applies that year.
      'con khong', 'con duoc khong', 'con co khong', 'con huong khong', 'con ap dung khong',
    ],
    /**
     * Without an opener, only these may follow the year, class or area ("năm sau thì sao", "hộ cận nghèo thì thế nào",
     * or a "?"): "hộ nghèo là gì" after a support card is a new question, not the support for the poor.
     */
    bareAsks: [
      'thi sao', 'thi the nao', 'thi nhu the nao', 'thi ra sao', 'the nao', 'ra sao', 'sao', 'a', 'ad', 'nhi', 'ha', 'vay', 'nua', 'thi',
      // "nam sau thi nha tui tinh sao" (round 43 mend45a; was "ngoài phạm vi" after a household told): how it is counted then.
      'tinh sao', 'tinh the nao', 'tinh ra sao', 'xet sao', 'xet the nao',
      // "tháng sau có khác ko", "năm sau có gì khác không": what changes by then (`changed`).
      'co khac', 'khac', 'khac khong', 'co khac khong', 'co gi khac', 'co gi khac khong', 'co thay doi', 'thay doi', 'khong', 'co doi', 'doi', 'co doi khong',
      // "o que la bao nhieu" after the 2027 card: that card's line for the area.
      'bao nhieu', 'la bao nhieu', 'muc bao nhieu', 'la muc nao',
      // "nam 2027 con ko" after a support's card (round 42 mend43b): whether it still applies that year.
      'con khong', 'con duoc khong', 'con co khong', 'con huong khong', 'con ap dung khong',
    ],
    /**
     * With bareAsks, what a message that asks ends with ("co bhyt ko", "nha tui dc ho tro gi", "nop o dau"), as opposed to one
     * that tells ("co bhyt het", "nha co 2 nguoi co bhyt roi"): src/chat/core.ts asksSomething.
     */
    askingEnds: ['gi', 'chua', 'nao', 'duoc khong', 'co duoc', 'o dau', 'lam sao'],
    /**
     * What may close a question after its asking words, said to whom it is asked ("ho can ngheo dc ho tro bhyt bao nhieu vay
     * ban", "bhyt la gi vay ad"): asksSomething looks for the asking end before them too. Never "co", "roi", "chua" ("bhyt chua
     * co", "co bhyt roi" tell).
     */
    askedTo: ['ban', 'ad', 'admin', 'tro ly', 'bot', 'a', 'ha', 'nha', 'nhe', 'nhen', 'nghen', 'nhi', 'oi', 'vay', 'the', 'day'],
    /**
     * With a later year, the follow-up asks what changes by then ("tháng sau có khác ko" after the BHYT card); opened and
     * naming nothing else ("vậy là tăng hả" after the 2027 card), what changes with the last answer's standard or support.
     */
    changed: ['khac', 'thay doi', 'doi', 'tang', 'giam'],
    /**
     * Round 35 (words20): "o tp hcm", "tinh tui o can tho", "con o ha noi thi sao" after the standard or a support card (was "ngoài
     * phạm vi"): a province named (corpus/provinces-2025.yaml), only these besides `opens`, `asks` and `bareAsks`, moves that card
     * there: the province's own standard first (rules/local/), or that the data has none of it. Round 35 (mend35d): the Southern
     * endings ("o ha noi ma", "o ha noi do", "o ha noi ne"; were "ngoài phạm vi").
     */
    placeAround: ['o', 'tai', 'tinh', 'thanh pho', 'tp', 'tui', 'toi', 'em', 'minh', 'nha', 'que', 'song', 'dang o', 'thuoc', 'ma', 'do', 'ne', 'day'],
    /**
     * More of the last card with nothing else said ("dc bn", "lai nhiu", "vay dc bao lau" after the loan card): one of
     * `aspects` and only `aspectFillers` beside it; a message naming a support is that support's question (topics.ts).
     * `duration`: how long, which the data has only where the card says it.
     */
    aspects: {
      amount: ['bao nhieu', 'nhieu', 'bao nhieu tien', 'muc nao', 'toi da', 'may trieu',
        // "hoc phi mat bao nhieu" after the training card (round 34 mend34d): what it costs.
        'mat bao nhieu', 'mat bao nhieu tien', 'het bao nhieu', 'het bao nhieu tien',
        // Round 43 (mend45a): "vay dc nhieu nhat la bn trieu" after the loan card (was the newly-escaped explainer found by search),
        // "moi thang dc may tram ngan" after the disability entry ("không tìm thấy"), "hoc lai xe dc bu bn tien" after the training
        // card (that card again): the most, the hundreds of thousands, what is paid back, asked how much.
        'nhieu nhat', 'cao nhat', 'bao nhieu trieu', 'may chuc trieu', 'may tram', 'may tram ngan', 'may tram nghin', 'bao nhieu ngan', 'bao nhieu nghin',
        'bu bao nhieu', 'bu bao nhieu tien', 'bu may trieu', 'ho tro bao nhieu', 'ho tro bao nhieu tien', 'cho bao nhieu', 'cho bao nhieu tien'],
      rate: ['lai', 'lai suat', 'phan tram', 'may phan tram'],
      duration: ['bao lau', 'mat bao lau', 'may nam', 'may thang', 'thoi han', 'bao nhieu nam', 'bao nhieu thang', 'bao nhieu ngay', 'may ngay',
        // "mat bn ngay" after the procedure card (round 33 tryout20; was "ngoài phạm vi"): how long it takes.
        'mat bao nhieu ngay', 'mat may ngay', 'mat bao nhieu thang', 'mat may thang',
        // "nop roi cho may ngay moi biet dc hay ko" after the procedure (round 43 mend45a; was "ngoài phạm vi"): the wait for the answer.
        'cho may ngay', 'cho bao lau', 'cho bao nhieu ngay', 'doi may ngay', 'doi bao lau', 'doi bao nhieu ngay', 'bao lau moi biet', 'may ngay moi biet',
        'bao lau thi biet', 'may ngay thi biet', 'bao lau moi co', 'may ngay moi co'],
      // "lam o dau", "nop cho nao" after the social-pension card: where to apply for it.
      place: [
        'o dau', 'cho nao', 'noi nao', 'den dau', 'lam o dau', 'nop o dau', 'dang ky o dau', 'xin o dau', 'lam cho nao', 'nop cho nao',
        'dang ky cho nao', 'hoi ai', 'hoi o dau', 'gap ai', 'di dau', 'o dau lam', 'cho nao lam', 'dau lam',
        // "ra dau vay" after the loan card (round 42 mend43b; was the newly-escaped explainer found by search): where to go for it.
        'ra dau', 'ra cho nao', 'toi dau', 'toi cho nao', 'len dau', 'xuong dau',
        // "nop ho so o dau" in a loan thread (findings R07): where that support is applied for, the thread kept for "the nam 2027".
        'nop ho so o dau', 'lam ho so o dau', 'nop ho so cho nao', 'lam ho so cho nao', 'ho so nop o dau', 'ho so lam o dau', 'nop don o dau',
        // "nop o xa hay phuong", "huyen hay xa" after a support card (round 20): which level, answered by where to apply (cấp xã).
        'xa hay phuong', 'phuong hay xa', 'nop o xa hay phuong', 'lam o xa hay phuong', 'o xa hay phuong', 'o phuong hay xa', 'xa hay huyen', 'huyen hay xa',
        'nop o xa hay huyen', 'nop o huyen hay xa', 'o xa hay huyen', 'o huyen hay xa',
        // "to giay do nop cho ai, o ap hay o xa" after the procedure (round 43 mend45a; was a provincial resolution on "cộng tác viên
        // giảm nghèo ở ấp"): to whom, and the village or the commune, answered by where a household files (cấp xã).
        'nop cho ai', 'gui cho ai', 'dua cho ai', 'nop ai', 'gui ai', 'ap hay xa', 'o ap hay o xa', 'o ap hay xa', 'thon hay xa', 'o thon hay o xa',
        'o thon hay xa', 'xom hay xa', 'o xom hay o xa', 'khom hay phuong', 'o khom hay o phuong', 'to hay phuong', 'o to hay o phuong',
        // "lam giay to o dau" after the social-pension or electricity card (round 30): where that support's papers are made.
        'lam giay to o dau', 'lam giay o dau', 'lam giay to cho nao', 'lam giay cho nao', 'lam giay to di dau', 'lam giay to o cho nao',
        // "lanh o dau" after the old-age pension card (round 31 tryout17; was "ngoài phạm vi"): Southern "lãnh" is where the money is
        // received, which the card's place says; "vay r sao nua" after the loan card: what to do next, where to apply.
        'lanh o dau', 'lanh cho nao', 'lanh tien o dau', 'di lanh o dau', 'nhan o dau', 'nhan cho nao', 'nhan tien o dau', 'di nhan o dau',
        'roi sao nua', 'roi lam sao nua', 'roi lam gi nua', 'roi lam gi tiep', 'tiep theo lam gi', 'buoc tiep theo',
        // Round 32 (tryout19): "hoc o dau" after the training card, "lam the o dau" after the BHYT card (was "ngoài phạm vi"): where
        // the course is taken, where the card is made, which the card's place says.
        'hoc o dau', 'hoc cho nao', 'dang ky hoc o dau', 'lam the o dau', 'lam the cho nao', 'cap the o dau', 'lam the bhyt o dau',
        // Round 33 (follow21): "o dau lanh" after the pension card and its amount (was a provincial plan's appendix).
        'o dau lanh', 'cho nao lanh', 'o dau nhan', 'cho nao nhan', 'lanh tien cho nao', 'nhan tien cho nao',
        // "lam thu tuc o dau" after the loan card (round 33 chains22; was the recognition procedure): where that support's papers
        // are filed (the loan's: Tổ tiết kiệm và vay vốn, Ngân hàng Chính sách xã hội), the procedure card's step after it.
        'lam thu tuc o dau', 'lam thu tuc cho nao', 'thu tuc o dau', 'thu tuc cho nao', 'thu tuc lam o dau', 'nop thu tuc o dau', 'di lam thu tuc o dau',
        'lam thu tuc di dau', 'lam thu tuc o cho nao',
        // "ai lam" after the housing card (round 35 tryout23; was an explainer of QĐ 24/2021 on who recognises a household, found by
        // search): who does it for the household, which the card's place says (UBND cấp xã lập danh sách, hướng dẫn hồ sơ).
        'ai lam', 'ai lam cho', 'ai lam ho so', 'ai lam giay', 'ai lam giay to', 'ai lo giay to',
        // "lam sao nhan" after the electricity card (round 36 tryout24; was an explainer of QĐ 24/2021 found by search): how the
        // support is received, which the card's place says (UBND cấp xã).
        'lam sao nhan', 'lam sao lanh', 'lam sao de nhan', 'lam sao de lanh', 'nhan the nao', 'lanh the nao', 'nhan nhu the nao', 'lanh nhu the nao',
        'nhan bang cach nao', 'lanh bang cach nao', 'muon nhan thi lam sao', 'muon lanh thi lam sao',
      ],
      // "khi nao co", "bao gio dc lanh": since when it applies (the data's dates); payment days are not in the data.
      timing: ['khi nao', 'bao gio', 'luc nao', 'tu khi nao', 'tu bao gio', 'tu luc nao', 'ngay nao', 'thang nao', 'khi nao co', 'bao gio co',
        // "gio con ko" after the smartphone card (round 33 tryout20; was the explainer of the district level): whether it still applies.
        'con khong', 'con duoc khong', 'gio con khong', 'bay gio con khong', 'gio con duoc khong', 'bay gio con duoc khong', 'nay con khong', 'con ap dung khong',
        'con hieu luc khong', 'con huong khong',
        // "nam nay con ko" after the housing card (round 40 mend40a; was the explainer of the district level): this year said too.
        ...['nam nay', 'nam nay thi', 'nam nay co', 'nam nay nha nuoc', 'nam nay xa'].flatMap((year) => ['con khong', 'con duoc khong', 'con co khong', 'co khong', 'con ho tro khong', 'con huong khong'].map((still) => `${year} ${still}`)),
        // Round 33 (follow21): "ap dung khi nao" after the 2027 card (was the middle-income explainer quoted by search): its dates.
        'ap dung khi nao', 'khi nao ap dung', 'bao gio ap dung', 'ap dung tu khi nao', 'ap dung tu bao gio', 'ap dung tu ngay nao',
        'khi nao bat dau', 'bao gio bat dau', 'bat dau khi nao', 'bat dau tu khi nao', 'co hieu luc khi nao', 'khi nao co hieu luc'],
      // "vay con lai ai tra" after the BHYT card, "ai ho tro" after the housing card (round 32 follow20; was "không tìm thấy" and the
      // general supports explainer): who pays or provides it, which the card's own sentence says (and where it is applied for).
      payer: ['ai tra', 'con lai ai tra', 'phan con lai ai tra', 'ai dong', 'con lai ai dong', 'ai ho tro', 'ai chi', 'ai chi tra', 'ai lo', 'ai bo tien', 'ai cap tien',
        'tien cua ai', 'tien o dau ra', 'ai chiu', 'nguon tien', 'ai cho tien',
        // "tien do ai chi" after the disability entry (round 33 mend33a; was a province's passage): "do ai …" (by whom), and the
        // State or oneself asked.
        'do ai chi', 'do ai tra', 'do ai dong', 'do ai chiu', 'nha nuoc tra hay minh tra', 'nha nuoc dong hay minh dong', 'nha nuoc tra hay tu tra',
        // "ai cho vay", "ngan hang nao" after the loan card: the lender the card names (Ngân hàng Chính sách xã hội).
        'ai cho vay', 'ngan hang nao', 'vay ngan hang nao'],
      // "ca hai dc ko" after a card with two supports (the pension and the monthly allowance; round 32 follow20; was "ngoài phạm
      // vi"): whether both are had at once, which the data says nowhere.
      both: ['ca hai', 'ca 2', 'huong ca hai', 'huong ca 2', 'lanh ca hai', 'lanh ca 2', 'cung luc', 'dong thoi', 'ca hai luon', 'ca 2 luon', 'hai cai'],
      // "giay to gi", "can mang gi" after a support card: the papers, which the data does not list (where to apply says).
      papers: ['giay to gi', 'giay to nao', 'can giay to gi', 'giay to', 'ho so gi', 'ho so nao', 'can ho so gi', 'can mang gi', 'mang theo gi', 'mang gi', 'can nhung gi',
        // "can mang theo j" after a support card (round 30): the papers to bring.
        'can mang theo gi', 'mang theo nhung gi', 'can mang theo nhung gi', 'can dem theo gi', 'dem theo gi', 'can dem gi',
        // "ho so gom nhung gi" after the social-pension card (round 42 mend43b; was the explainer of the standard found by search).
        'ho so gom nhung gi', 'ho so gom gi', 'ho so can nhung gi', 'ho so can gi', 'can nhung giay to gi', 'giay to gom nhung gi', 'can lam ho so gi'],
      // "di hoc xa co dc tien xe ko" after the training card (round 33 chains22; was the tuition card): the travel money, the
      // card's amounts labelled with one of these (QĐ 46/2015's "Tiền đi lại"), with the status of the support today.
      travel: ['tien xe', 'tien di lai', 'tien tau xe', 'tien xang xe', 'tien di duong', 've xe', 'tien ve xe', 'ho tro di lai'],
    } as Record<string, readonly string[]>,
    /**
     * "nha ngheo xai dien nhieu qua co dc giup ko" (round 31 words16; was "Mức hỗ trợ bạn hỏi … không nêu con số nào" before the
     * card): "nhiều" said of how much is used or spent, no amount asked (aspects.amount).
     */
    muchTold: ['nhieu qua', 'nhieu lam', 'qua nhieu', 'nhieu wa', 'rat nhieu', 'nhieu qua troi'],
    /**
     * Words pointing back at the last answer ("cái đó làm ở đâu", "vụ đó bao nhiêu", "cụ thể là sao"): they stand beside an
     * aspect as fillers, and make a short message a follow-up (`markers`).
     */
    refers: ['cai do', 'cai nay', 'cai ay', 'cai vu do', 'vu do', 'vu nay', 'khoan do', 'khoan nay', 'ho tro do', 'ho tro nay', 'cu the', 'cu the la', 'chinh xac',
      // "to giay do nop cho ai" (round 43 mend45a): the paper the last answer named.
      'to giay do', 'giay do', 'to giay nay', 'giay nay', 'to don do', 'don do', 'to don nay', 'don nay'],
    /**
     * Besides an opener (`opens`), `refers` and an aspect: what makes a short message a follow-up of the last answer rather
     * than a question on its own ("vậy tiền điện thì sao", "bhyt thì sao"). Not "thế nào", "là gì" alone: "vay vốn hộ cận
     * nghèo thế nào" is a full question, asked again in other words.
     */
    markers: ['thi sao', 'thi the nao', 'thi ra sao', 'thi nhu the nao', 'roi sao'],
    /**
     * "vay thi sao", "con vay thi sao", "vay dc ko" right after a household's result or a class's supports (findings N09): "vay"
     * typed without marks, alone with one of these (and an opener but "vay"), asks the preferential loans of that class; typed
     * "vậy thì sao" it stays a vague follow-up (`vague`). `support`: the loans' id in TOPICS.supports (rules/supports).
     */
    loanAlone: {
      word: 'vay', support: 'policy_credit', asks: ['thi sao', 'thi the nao', 'thi ra sao', 'thi nhu the nao', 'duoc khong', 'co duoc khong', 'sao', 'the nao'],
      /**
       * "ho ngheo dc bn vay", "nha can ngheo dc bn vay ad" (round 24): "được bao nhiêu" then "vay" closing a question that names
       * only who asks (a class, `who`) is how much may be borrowed, not "được bao nhiêu vậy": no other thing is there for "vậy" to
       * close ("tien dien dc bn vay", "thu nhap dc bn vay" name theirs). Words to whom it is asked (askedTo) may follow.
       */
      amountAsked: ['duoc bao nhieu'],
      who: ['ho', 'nha', 'gia dinh', 'toi', 'em', 'minh', 'nha toi', 'nha em', 'nha minh', 'thi'],
    },
    /**
     * A follow-up read against the reply just given (a passage, or a card with no part for it): the words of that reply's
     * sentences saying each aspect ("bn tien" after the disability-allowance passage: its "mức chuẩn", "hệ số"; "vay hoi ai"
     * after the district passage: "Ủy ban nhân dân cấp xã"). A figure in đồng or % also says the amount and the rate.
     */
    aspectCues: {
      amount: ['muc', 'so tien', 'he so', 'toi da', 'tien'],
      rate: ['lai suat', 'phan tram'],
      duration: ['trong', 'ke tu', 'hang thang', 'ngay lam viec', 'thoi han'],
      place: ['uy ban nhan dan', 'ubnd', 'noi lam', 'nop', 'to tiet kiem', 'ngan hang chinh sach', 'truong noi', 'trung tam', 'co quan', 'den'],
      timing: ['tu ngay', 'ke tu', 'hieu luc', 'hang thang', 'hang nam', 'tu nam'],
      papers: ['giay to', 'mau so', 'to khai', 'ho so', 'giay de nghi', 'mang theo', 'tuy than'],
    } as Record<string, readonly string[]>,
    aspectFillers: [
      'duoc', 'vay', 'the', 'thi', 'la', 'khong', 'a', 'ad', 'nhi', 'ha', 'ma', 'con', 'tra', 'trong', 'muc', 'tien', 'oi', 'nha', 'vay duoc', 'co',
      // "bn 1 thang", "moi ho dc bn": what the amount is per.
      '1 thang', 'mot thang', 'moi thang', 'hang thang', '1 nam', 'mot nam', 'moi nam', 'hang nam', '1 ho', 'mot ho', 'moi ho', '1 nguoi', 'mot nguoi',
      'moi nguoi',
      // "di hoc xa co dc tien xe ko": the course far from home, said beside the travel money asked.
      'di hoc xa', 'hoc xa', 'hoc o xa', 'noi hoc xa', 'xa nha',
      // "khi mo lanh" after the electricity card (round 37 resid37; was a plan's passage found by search): when it is received.
      'lanh', 'nhan', 'lanh tien', 'nhan tien',
      // "vay tui phai di dau" after the housing card, "vay tui lam o dau" after the BHYT card (round 39 mend39a; were the training
      // explainer found by search and "ngoài phạm vi"): who asks and what they must do stand beside the aspect ("vay" is "vậy").
      'toi', 'minh', 'em', 'nha toi', 'nha minh', 'nha em', 'phai', 'can', 'nen', 'gio', 'bay gio', 'di',
      // "ba tui phai lam giay to j" (round 43 mend45a): what must be done, beside the papers or the place asked.
      'lam', 'phai lam', 'can lam',
      // "nop roi cho may ngay moi biet dc hay ko" (round 43 mend45a): filed already, whether it is granted.
      'nop roi', 'gui roi', 'lam roi', 'duoc hay khong', 'hay khong', 'co duoc khong', 'ket qua', 'nop', 'gui', 'nop xong', 'gui xong',
    ],
    // "o dau nop giay", "nop to khai cho nao" after a support's card (round 46 mend50b; was the recognition procedure): the paper
    // filed, named beside the place asked, is that card's (core.ts consentPending); after no card it is the procedure's.
    paperFiled: ['nop giay', 'nop to khai', 'giay', 'to khai'],
    // "hoc phi bn", "hoc phi mat bao nhieu", "tien hoc bn" right after the training card (round 34 tryout21, mend34d; were the public
    // schools' exemption and the learning cost): the course's fee, that card's amount.
    courseFee: ['hoc phi', 'tien hoc', 'phi hoc', 'chi phi hoc', 'tien khoa hoc', 'phi khoa hoc', 'chi phi khoa hoc', 'tien hoc nghe', 'hoc phi hoc nghe'],
    /**
     * Right after a rumour's verdict (an answer led by its correction, claimCode): the verdict doubted ("that ha", "co chac ko"),
     * who said so asked ("ai noi vay") or the figure said again ("nong thon 1,9tr ha"): one of `asks` (or a figure corrected) and
     * only `around` beside (src/chat/topics.ts asksVerdictAgain): the same verdict again in brief, its source and status, where to
     * check (round 43 resid48; were "ngoài phạm vi" and a plan's passage on loans found by search).
     */
    verdictAgain: {
      asks: ['that', 'thiet', 'that khong', 'co that', 'thiet khong', 'chac khong', 'co chac', 'chac chua', 'chac chan', 'chac that', 'ai noi', 'ai bao', 'nguon',
        'nguon nao', 'nguon dau', 'nguon o dau', 'o dau ra', 'lay dau ra', 'can cu', 'can cu dau', 'can cu nao', 'dung khong', 'dung chua', 'dung that',
        'sao biet', 'xem o dau', 'kiem tra o dau', 'tin duoc khong', 'tin khong', 'khong tin', 'sai a', 'sai ha', 'sai sao',
        // "nghe o xa noi ma", "nguoi ta noi vay ma" (round 44 rumour49): the rumour heard elsewhere said again against the verdict.
        'o xa noi', 'xa noi', 'nguoi ta noi', 'nguoi ta bao', 'ai cung noi', 'hang xom noi', 'ba con noi', 'tren mang noi', 'zalo noi', 'nhom noi', 'nghe noi ma', 'nghe vay ma'],
      around: ['ha', 'a', 'ah', 'ak', 'vay', 'z', 'khong', 'ad', 'ban', 'oi', 'the', 'do', 'nhi', 'hong', 'hok', 'roi', 'la', 'sao', 'co', 'chu', 'ma', 'nhe',
        'nghe', 'noi', 'tui', 'toi', 'em', 'nong thon', 'thanh thi', 'thanh pho', 'o que', 'chuan ngheo', 'chuan', 'muc', 'ho ngheo', 'ho can ngheo', 'nam 2027',
        'tu 2027', 'qua 2027', 'sang 2027', 'nam sau', 'nguoi ta', 'minh', 'chi', 'vay ma', 'thiet ha', 'that ha', 'nghe', 'o xa', 'xa', 'o', 'ma', 'ben', 'ben kia'],
    },
    /**
     * Said of the last answer with nothing it changes or asks ("ok con j nua ko", "the con", "z la sao"): `more` asks
     * whether there is anything else, `unclear` asks what it means; opens, asks, bareAsks and acknowledgements may stand
     * with them, and an opener alone ("thế còn") is unclear. The answer names the last subject and what can be asked next.
     */
    vague: {
      // "co gi khac ko", "con ho tro nao nua ko" after a support card: the class's other supports (src/chat/core.ts).
      more: ['con gi nua', 'gi nua', 'con gi khac', 'con nua', 'con gi', 'co gi khac', 'gi khac', 'cai gi khac', 'ho tro khac', 'ho tro gi khac', 'con ho tro nao', 'con ho tro gi',
        // "con thieu j" after the BHYT card, outside the check (round 36 tryout25; was "ngoài phạm vi"): what else there is.
        'con thieu gi', 'thieu gi nua', 'con thieu cai gi'],
      // "that ko ad" after the answer to a rumour (round 31 tryout17; was an explainer of the indicators quoted by search), "co that
      // khong" after a support card (was that class's other supports, as "còn gì nữa"): whether the answer is true, which is what
      // the data has, said with whom to ask; never another list.
      doubt: ['that khong', 'co that khong', 'thiet khong', 'co thiet khong', 'thiet hong', 'co thiet hong', 'that hong', 'co that hong'],
      unclear: [...SAID_UNCLEAR, 'la the nao', 'la gi', 'sao', 'the nao'],
    } as Record<string, readonly string[]>,
  },
  /**
   * Asking what changes ("tóm tắt thay đổi chỉ số thiếu hụt năm 2027", "tháng sau chuẩn nghèo tăng lên bn", "từ Tết chuẩn
   * mới áp dụng chưa", "chuẩn mới bỏ chỉ số nào"): a short text lists the changes of the rules data (changesBetween) when
   * the year's standard starts, or the coming ones, and a question about the standard leads with them (topics.ts);
   * `indicators` narrows the short text to the indicators.
   */
  /**
   * Money demanded of a household ("đòi 500k", "nộp 200 nghìn", "đưa 2 triệu"): a verb right before an amount
   * (src/text/lexicon/index.ts moneyDemanded), the subject of TOPICS.reference.review_fees; `unless`: an income told
   * ("thu nhập 5 triệu", "kiếm 3 triệu") makes the sentence a household's.
   */
  feeDemand: {
    verbs: ['doi', 'nop', 'dong', 'dua', 'lay', 'thu', 'xin', 'an', 'tra', 'boi duong', 'bat nop', 'bat dong', 'bat dua'],
    /**
     * Whom the money is asked of, between the verb and the amount: "can bo thon doi tui 500 ngan", "doi nha tui 1 trieu", "bat
     * moi ho dong 200 ngan" (findings35 N35-08).
     */
    objects: ['toi', 'em', 'minh', 'chau', 'con', 'nha toi', 'nha em', 'nha minh', 'nha chau', 'nha con', 'moi ho', 'moi nha', 'ho', 'nguoi ta'],
    unless: ['thu nhap', 'kiem', 'luong', 'lam duoc', 'thu vao', 'lam ra'],
    /**
     * Money promised for registering ("tin đồn đăng ký hộ nghèo qua mạng được nhận 2 triệu đồng", round 43 outreach45; was whether
     * the form can be filed online): a word of `registering`, then a verb of `promised` right before an amount (moneyPromised), the
     * lure of a scam about the review, as money demanded is.
     */
    registering: ['dang ky', 'lam ho so', 'nop ho so', 'khai ho so'],
    promised: ['duoc nhan', 'se nhan', 'nhan duoc', 'duoc cho', 'duoc phat', 'duoc tang', 'duoc huong'],
  },
  changes: {
    asks: [
      'thay doi', 'diem moi', 'co gi moi', 'tang len', 'tang bao nhieu', 'tang them', 'tang chua', 'giam xuong', 'bo chi so', 'them chi so',
      'bo bot', 'ap dung chua', 'co hieu luc chua', 'doi chua', 'khac gi so',
      // "co phai tu thang 1 bo tieu chi co tivi radio ko" (findings21 Q03): residents call an indicator a "tiêu chí".
      'bo tieu chi', 'them tieu chi',
      ...NEW_INDICATOR_ASKS, 'chi so moi', 'chi so gi moi', 'tieu chi moi', 'tieu chi gi moi',
      // "chuan ngheo 2027 co may tieu chi, tieu chi nao moi" (round 39 mend39c; was the two criteria, no new one named).
      'tieu chi nao moi', 'chi so nao moi',
      // "tu 1/1/2027 chi so thieu hut doi gi" (round 23): "đổi gì" for "thay đổi gì".
      'doi gi', 'doi nhung gi', 'doi cai gi',
    ],
    /**
     * "tu 1/1 nam sau chuan ngheo co doi ko" (round 31 law17; was the card alone): a change asked yes or no (as `asks`), answered
     * yes or no first for the day asked.
     */
    yesNo: ['co doi khong', 'co doi ko', 'co doi k', 'co doi hok', 'co doi hong', 'co doi hem', 'co thay doi khong', 'co thay doi ko', 'co thay doi hok', 'co thay doi hong',
      // "hien nay chuan ngheo co thay doi gi ko" (round 33 law22; was the changes and both whole cards, 7.421 characters in December).
      'co thay doi gi khong', 'co thay doi gi ko', 'co thay doi gi k', 'co doi gi khong', 'co doi gi ko'],
    /**
     * "tu 1/1 chuan ngheo moi ap dung chua" on 05/01/2027 (round 34 law23; was "Sắp thay đổi: Chưa có thay đổi nào" and the whole
     * card, 3.560 characters): whether it applies yet, asked of a day already come, is a change asked yes or no (as `yesNo`).
     * Of a day still to come on which a standard starts, and of the new standard with no time said ("chuan ngheo moi co hieu luc
     * chua": of its first day), the answer is "Chưa" before that day, "Có" from it (round 35 law25; were `asks`: "Sắp thay đổi" and
     * both whole cards).
     */
    passedYesNo: ['ap dung chua', 'co hieu luc chua', 'ap dung roi chua', 'ap dung chua vay',
      // "thang 7/2027 ap dung chuan moi chua" (round 36 law27; was the whole 2027 card): the standard named between.
      'ap dung chuan moi chua', 'ap dung chuan ngheo moi chua', 'ap dung chuan ngheo chua'],
    /**
     * "có khác" asks what changes only with a later year ("tháng sau có khác ko", "2027 có khác gì") or the new standard
     * named (`newStandard`): "hộ nghèo với hộ cận nghèo có khác gì nhau" asks how they differ today.
     */
    timed: ['co khac', 'moi khac'],
    newStandard: ['chuan moi', 'chuan ngheo moi', 'theo cai moi'],
    indicators: ['chi so', 'thieu hut', 'tieu chi', 'chi tieu'],
    /**
     * "co them chi tieu j moi ko", "chi tieu moi la j" (round 34 words19; were a passage of the explainer, a Trà Vinh resolution):
     * residents call an indicator a "chỉ tiêu" too; asked as added or new it is no plan's target (TOPICS.documentQuestions).
     */
    newIndicators: NEW_INDICATOR_ASKS,
    /**
     * "chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào" ("khác" and "chỗ nào" apart): the indicators of a later year (or the new
     * standard) compared with today's, no class named, is what changes in them (the changes lead the card). With a class
     * named, "khác nhau" compares the classes (TOPICS.comparison).
     */
    compared: ['khac', 'so voi', 'so sanh', 'phan biet'],
    /**
     * "vay thay bang cai j", "them cai gi" right after an answer on the standard (findings21 M08): what replaces the indicators
     * dropped, i.e. the indicator changes of the rules data.
     */
    replacedBy: ['thay bang', 'thay the bang', 'thay vao', 'doi thanh', 'them chi so nao', 'them cai gi', 'them gi'],
    /**
     * "Đề nghị liệt kê 12 chỉ số thiếu hụt … hiện hành và cho biết chỉ số nào thay đổi từ năm 2027" (round 41 mend41b; was the
     * changes alone): today's indicators listed too, then what changes (short.ts indicatorsText).
     */
    listedToo: ['liet ke', 'ke ten', 'hien hanh', 'hien nay'],
  },
  /**
   * A document named by type and number ("quyet dinh 768 binh dinh noi gi", "qd 768", "cong van 5199"), src/chat/documents.ts:
   * `types`: the corpus front matter's type, folded → how the answer names it and the short forms typed; `overview`: asking
   * what it says (the passage closest to its title answers).
   */
  documents: {
    types: {
      'quyet dinh': { name: 'Quyết định', forms: ['qd'] },
      'nghi quyet': { name: 'Nghị quyết', forms: ['nq'] },
      'cong van': { name: 'Công văn', forms: ['cv'] },
      'ke hoach': { name: 'Kế hoạch', forms: ['kh'] },
      'nghi dinh': { name: 'Nghị định', forms: ['nd'] },
      'thong tu': { name: 'Thông tư', forms: ['tt'] },
      'chi thi': { name: 'Chỉ thị', forms: ['ct'] },
    } as Record<string, { name: string; forms: readonly string[] }>,
    // Round 32 (tryout19): "qd 14/2025 la sao" after the electricity card (was the explainer of QĐ 14/2012, inpatients' meals,
    // quoted by search for its number): what the document is, as "là gì" asks.
    overview: ['noi gi', 'noi ve', 've gi', 'noi dung', 'quy dinh gi', 'la gi', 'gom nhung gi', 'de lam gi', 'viet gi', ...WHAT_IT_MEANS],
    /**
     * "hồ sơ đề nghị hưởng trợ cấp hưu trí xã hội theo Nghị định 176/2025/NĐ-CP gồm những gì, mức trợ cấp bao nhiêu?" (round 39
     * mend39c; was "trợ lý không lưu nguyên văn …"): what the papers of a support are made of is not what the document is; the support's
     * card answers (who qualifies, where to apply, what is not known).
     */
    overviewUnless: ['ho so', 'giay to', 'thu tuc'],
    /** "Tóm tắt Nghị quyết 41-NQ/TU", "ý chính NQ 05": a summary of a corpus document, from its headings (src/chat/summary.ts). */
    summary: ['tom tat', 'tom luoc', 'y chinh', 'noi dung chinh', 'diem chinh', 'khai quat'],
    /** Headings of a document's goals and targets, and of its main tasks (matched in the folded heading). */
    goalHeadings: ['muc tieu', 'chi tieu', 'dinh huong'],
    /** A plan without goal headings states its purpose ("1. Mục đích" of the plan in QĐ 768/QĐ-UBND): shown as its goals. */
    purposeHeadings: ['muc dich'],
    /**
     * Said right before a document's name, what is asked is of the documents carrying it out, not of it ("hạn trình UBND tỉnh kế
     * hoạch thực hiện Nghị quyết 05-NQ/TU": Công văn 5199's deadline; round 36, was the resolution's own passages).
     */
    implementing: ['thuc hien', 'trien khai', 'thi hanh', 'quan triet'],
    taskHeadings: ['nhiem vu', 'giai phap'],
    /**
     * "NQ 05-NQ/TU Trà Vinh ban hành ngày nào", "… là của tỉnh nào, số hiệu bao nhiêu", "QĐ 768 triển khai nghị quyết nào
     * của Chính phủ": what the document is (number, issuer, date, province, title; its title names what it implements).
     */
    facts: [
      'ngay nao', 'ban hanh ngay', 'ban hanh khi nao', 'ban hanh nam nao', 'ky ngay', 'so hieu', 'so may', 'tinh nao', 'ai ban hanh',
      'co quan nao ban hanh', 'cap nao ban hanh', 'nghi quyet nao', 'chi thi nao', 'quyet dinh nao', 'nghi dinh nao', 'van ban nao',
      'ke hoach nao',
    ],
    /**
     * "Thời gian rà soát định kỳ hằng năm theo Quyết định 24/2021 từ ngày nào đến ngày nào?" (round 45 cadre49; was the document's
     * title and "không lưu nguyên văn"): days asked of what the document sets, not the day it was issued: the procedure answers.
     */
    factsUnless: ['den ngay nao', 'thoi gian ra soat'],
    /** With a goal or task heading word ("mục tiêu … là gì", "những nhiệm vụ trọng tâm gì"): that part of the summary. */
    partsAsked: ['gi', 'nao', 'nhung', 'cac'],
    /** A figure asked ("đặt mục tiêu giảm bao nhiêu"): the passage that has it, not the part's summary. */
    figureAsked: ['bao nhieu', 'bn', 'may phan tram', 'muc nao'],
    /** "Quyết định 24/2021 còn áp dụng năm 2026 không": whether the document still applies (what the data says of its period). */
    validity: ['con hieu luc', 'con ap dung', 'het hieu luc', 'het ap dung', 'con dung', 'con gia tri', 'bi thay the', 'duoc thay the', 'bi bai bo', 'het han', 'hieu luc den'],
    /**
     * "Quy trình rà soát theo QĐ 24/2021 còn áp dụng không, ngưỡng thu nhập rà soát năm 2026 là bao nhiêu?" (round 46 cadre50; was
     * the document's validity alone): the income lines of the year asked and of the standard after it lead the answer.
     */
    incomeLine: ['nguong thu nhap', 'chuan thu nhap', 'muc thu nhap', 'muc chuan ngheo', 'nguong ngheo', 'nguong xet'],
    /**
     * "nghi dinh 351 co hieu luc tu ngay nao", "nd 351 ap dung tu khi nao": the day the document itself took effect (the
     * standards' `inForce`, unknown for NĐ 351/2025 [?]), then the periods of the standards it sets.
     */
    inForce: [
      'hieu luc tu', 'hieu luc khi nao', 'hieu luc ngay nao', 'hieu luc tu ngay nao', 'hieu luc tu khi nao', 'co hieu luc',
      'ap dung tu khi nao', 'ap dung tu ngay nao', 'ap dung khi nao', 'bat dau ap dung', 'bat dau hieu luc', 'hieu luc chua',
    ],
    /**
     * "Hưng Yên có văn bản gì về giảm nghèo", "Trà Vinh triển khai chỉ thị 05 bằng văn bản nào", "tỉnh mình có nghị quyết nào
     * không": which documents a province has, or which carry out a document named (src/chat/documents.ts documentsListAsked).
     * `anyType`: a document of any type; `codes`: what follows a document's number ("05-CT/TW", "160/NQ-CP"); `framing`: what
     * such a question says besides the province, the types, the document carried out, the facts asked and the asking words
     * (question-words.ts): any other word asks about content, which the passages answer; `ownProvince`: the province chosen
     * with /tinh.
     */
    list: {
      anyType: ['van ban', 'vb'],
      codes: ['ct', 'tw', 'nq', 'tu', 'cp', 'qd', 'ttg', 'ubnd', 'kgvx', 'vx', 'qh', 'qh15', 'hdnd', 'nd', 'tt', 'kh', 'cv', 'kl', 'btv'],
      framing: [
        'giam ngheo', 'giam ngheo ben vung', 'cong tac giam ngheo', 'ho ngheo', 'thuc hien', 'trien khai', 'theo', 'bang', 'tinh', 'thanh pho',
        'tp', 'o', 'rieng', 'ban hanh', 'ky', 'ngay', 'nam', 'so', 'so hieu', 'dia phuong', 'tren dia ban', 'hien co', 'dang co', 'hien hanh',
        'xin', 'hoi', 'ad', 'ban oi', 'vay', 'nua', 'nhe', 'ha',
      ],
      ownProvince: ['tinh minh', 'tinh toi', 'tinh em', 'tinh nha', 'tinh nay', 'tinh cua minh', 'tinh cua toi', 'dia phuong minh', 'o day', 'cho minh'],
    },
  },
  /**
   * "ngắn hơn nữa, 2 câu thôi", "viet ngan lai", "tom tat lai giup", "viet 3 cau thoi", "tom tat 5 dong", "ngan gon 3 y de dang nhom
   * zalo": shorten the last answer (to the length asked, shortText.lengths). `asks` say it (so do a length asked and
   * shortText.asks), `around` may come with them and nothing else, `tighter` ask for the shortest form (its first line and
   * source: "ngắn hơn nữa").
   */
  shorten: {
    asks: [
      'ngan hon', 'ngan hon nua', 'ngan lai', 'viet ngan lai', 'noi ngan lai', 'tom tat lai', 'tom lai', 'gon hon', 'ngan gon hon', 'rut gon',
      'rut gon lai', 'viet gon lai',
      // Round 30 (words15): "ngan nua di", "viet ngan nua" after a post (was "ngoài phạm vi"); "nua" asks the shortest form.
      'ngan nua',
      // Round 41 (mend41b): "Soạn thành tin nhắn ngắn để gửi nhóm" after an answer (was "ngoài phạm vi"): its short form.
      ...SHORTEN_MESSAGE,
      ...SHORTEN_PRINTED,
      ...FRIENDLY_ASKED,
    ],
    printed: SHORTEN_PRINTED,
    around: [
      'nua', 'thoi', 'giup', 'giup minh', 'giup toi', 'giup em', 'di', 'nhe', 'nha', 'duoc khong', 'dc ko', 'ad', 'ban', 'con', 'viet', 'lai', 'cho',
      'minh', 'toi', 'em', 'de', 'bai', 'thanh', 'lam', 'soan', 've', 'cai nay', 'cai do',
      // Who it is for and how ("cho nguoi gia", "cho ba con nghe", "chut xiu"): a rewrite for readers, not a question about them.
      'hon', 'hon nua', 'chut', 'xiu', 'chut xiu', 'mot chut',
      'nghe', 'doc', 'cai', 'nay', 'do', 'lai giup', 'coi', 'gium', 'dum', 'gium minh', 'dum minh', 'cau tra loi', 'tra loi',
      // Round 12 (findings O04): "viết bài đọc loa cho thôn về việc này": the last answer, for the hamlet's loudspeaker.
      'viec nay', 'viec do', 'chuyen nay', 'chuyen do', 'van de nay', 'noi dung nay', 'noi dung tren', 'thong tin nay', 'thong tin tren', 'dieu nay',
      // Round 42 (mend43a): "viet bang giong than thien hon", "chuyen thanh tin zalo", "viet bai dang ngan dinh chinh giup".
      'bang', 'giong', 'giong van', 'loi van', 'chuyen thanh', 'ngan', 'ngan gon', 'noi', 'thui',
      ...SHORTEN_READERS,
    ],
    /**
     * Readers named ("cho ba con", "cho thon", "viet bai"): the shortened answer is for them ("Bà con …"); without them, with
     * none of `printed` nor shortText.posted, "ngắn hơn", "noi ngan thoi" after a card are said to the one who asked ("bạn",
     * round 32 consent18).
     */
    readers: SHORTEN_READERS,
    tighter: ['ngan hon nua', 'nua'],
    /**
     * "viet lai de hieu hon cho nguoi gia", "noi don gian hon", "viết lại ngắn gọn dễ hiểu", "de hieu": the last answer rewritten
     * plainer (its short text with the signs in words), never a new question about old people; `around` may come with them.
     */
    plainer: [
      'de hieu', 'de hieu hon', 'don gian', 'don gian hon', 'noi don gian', 'viet don gian', 'viet lai', 'noi lai', 'giai thich lai', 'noi de hieu',
      'binh dan', 'de doc', 'de nho', 'noi cho de hieu', 'cho de hieu', 'dien giai lai',
      // Round 12 (findings35 N35-11): "ko hieu j het, noi de hieu thoi", "kho hieu qua" after a long answer: the same, plainer.
      ...NOT_UNDERSTOOD, 'rac roi qua',
      // Round 32 (tryout19): "vay la sao" ("vậy là sao") after an answer asks what it means, never a loan (was the loans'
      // explainer quoted by search, also while the consent button waited).
      'vay la sao', 'vay nghia la sao', 'vay la the nao', ...SAID_UNCLEAR,
      // Round 33 (follow21): "cai do la gi" after the 2027 card asks what that card means, as "z la sao" (was an explainer of the
      // 2022–2025 line quoted by search).
      'cai do la gi', 'cai nay la gi', 'cai ay la gi',
      // Round 41 (mend41b): "Đổi giọng thân mật hơn, dùng tiếng miền Nam" after a post (was "ngoài phạm vi"): the same facts and
      // statuses, said plainer to bà con.
      'doi giong', 'giong than mat', 'than mat', 'gan gui', 'dung tieng mien nam', 'tieng mien nam', 'giong mien nam', 'giong nam bo',
      'tieng dia phuong', ...SOUTHERN_ASKED,
    ],
    /**
     * "Đổi giọng cho bà con miền Nam dễ hiểu", "viết lại giọng miền Nam" (round 42 outreach43; were "ngoài phạm vi" and the card in
     * plainer words): the last answer as a post in Southern wording (short.ts southernText), figures and statuses kept.
     */
    southern: SOUTHERN_ASKED,
    /**
     * "viet ngan gon thoi", "ngắn gọn thôi" after a card (round 42 mend43a; was the card's post, 1.487 characters after a card of
     * 1.164): only brief, so a text longer than a short one is given in its shortest form (core.ts plainerLast). "viet ngan",
     * "ngan gon de gui nhom zalo" still give the post of every line.
     */
    briefly: ['ngan gon thoi', 'gon thoi', 'ngan gon thui', 'gon gon thoi'],
    /** Friendlier wording asked ("giọng thân thiện hơn", round 42 mend43a): a post for bà con, opened warmly (short.ts friendlyText). */
    friendly: FRIENDLY_ASKED,
    /**
     * "ko hiu", "hok hieu" with no answer before to rewrite (round 39 mend39a; was "ngoài phạm vi"): not understood, what can be
     * asked is said plainly; "de hieu", "viet lai" alone still say what can be rewritten.
     */
    notUnderstood: NOT_UNDERSTOOD,
    /**
     * "tom lai la di dau", "tom lai la lam sao" (findings35 N35-11): what a shortened answer is asked to say, with `asks`
     * ("tom lai") or `plainer`; alone they are questions of their own.
     */
    askedWith: ['la', 'gi', 'het', 'ca', 'qua', 'di dau', 'o dau', 'nop o dau', 'hoi ai', 'lam sao', 'lam gi', 'the nao', 'sao', 'phai lam gi'],
  },
  /**
   * "ghi nguồn giúp", "nguồn ở đâu vậy bạn", "cho xin link de chia se" after an answer: the source of that answer (its documents,
   * dates, sections and status), or what can be shared of it (`link`: the share button, a short post; no address is made up).
   * Only a message made of these words and `around` asks it ("nguồn nước", "nguồn vốn" ask something else).
   */
  sources: {
    source: [
      'nguon', 'ghi nguon', 'trich nguon', 'dan nguon', 'nguon goc', 'xuat xu', 'can cu', 'can cu phap ly', 'van ban nao', 'theo van ban nao',
      'van ban goc', 'trich dan',
      // Round 12 (findings O01): "văn bản nào quy định vậy", "theo quy định nào", "luật nào nói vậy" after an answer.
      'van ban nao quy dinh', 'quy dinh o dau', 'theo quy dinh nao', 'quy dinh nao', 'luat nao', 'nghi dinh nao', 'dua vao dau', 'can cu vao dau',
    ],
    link: ['link', 'duong link', 'duong dan', 'lien ket', 'chia se', 'share', 'gui link'],
    around: [
      'ghi', 'giup', 'giup minh', 'giup toi', 'giup em', 'gium', 'dum', 'cho', 'xin', 'cho xin', 'minh', 'toi', 'em', 'o dau', 'dau', 'tu dau', 'lay',
      'lay o dau', 'vay', 'ban', 'ban oi', 'ad', 'a', 'nha', 'nhe', 'di', 'de', 'duoc khong', 'khong', 'la', 'gi', 'nao', 'cua', 'cai nay', 'cai do',
      'nay', 'do', 'cau tra loi', 'tra loi', 'voi', 'luon', 'them', 'ro', 'cu the', 'gui', 'nhom', 'zalo', 'ba con', 'cho ba con', 'the nao', 'sao',
      'co', 'duoc', 'ko', 'hok', 'ha', 'vay ha', 'oi', 'ak', 'nhi', 'voi a', 'cai',
      // Round 18 tryout: "chia se vo nhom zalo dc ko" (Southern "vô", "vào" a group).
      'vo', 'vao',
      'quy dinh', 'noi', 'noi vay', 'viec nay', 'chuyen nay', 'dieu nay', 'dieu do',
      // Round 24: "cho tui link van ban", "gui tui van ban luon": the documents of that answer, with the link word or "gốc".
      'van ban', 'cac van ban', 'xem',
    ],
  },
  /**
   * "Muốn gửi file Excel danh sách 300 hộ để kiểm tra thì làm thế nào": checking a list of households (a file, or a list of
   * households to check) is asked; the answer says how lists are checked with this product (src/chat/info.ts listCheckReply).
   */
  listCheck: {
    files: ['file', 'tep', 'excel', 'xlsx', 'xls', 'csv', 'bang tinh', 'danh sach ho', 'danh sach cac ho'],
    asks: ['gui', 'kiem tra', 'tai len', 'up len', 'nop', 'dinh kem', 'loc', 'phan loai', 'xep loai', 'cham'],
  },
  /** Words of a cadre's question about plans and figures: such a question goes to the documents. */
  documentQuestions: DOCUMENT_QUESTIONS,
  /**
   * The budget named as who pays a support ("hộ cận nghèo được ngân sách hỗ trợ bao nhiêu phần trăm mức đóng BHYT", round 21):
   * no plan's figure; its "ngân sách" is no TOPICS.documentQuestions word. Also the payer a reference entry's line names ("ai tra"
   * after the under-6 entry: its BHYT line "được ngân sách nhà nước đóng", round 34 mend34d).
   */
  supportPayer: ['ngan sach ho tro', 'ngan sach nha nuoc ho tro', 'ngan sach dong', 'ngan sach nha nuoc dong', 'ngan sach nha nuoc chi tra', 'ngan sach chi tra'],
  /**
   * "ai lo" after the note on the ministry in charge (round 39 resid39; was "câu trả lời phía trên không nêu ai chi trả"): who
   * handles it (`asks`, read by followUp.aspects.payer first) is answered by the entry's lines naming a body (`bodies`) when none
   * names who pays: the ministry, which body does what is not known, the commune where residents go (src/chat/topics.ts unsaidAspect).
   */
  inCharge: {
    asks: ['ai lo', 'ai quan ly', 'ai phu trach', 'ai lo vu nay', 'ai lo viec nay', 'co quan nao', 'ai giai quyet', 'ai lo cho dan', 'gio ai lo',
      // "gio co quan nao lo", "bo nao lo" (round 40 resid40; were a province's passage and the ministry explainer found by search).
      'co quan nao lo', 'bo nao lo', 'ben nao lo', 'ai lo chuyen nay', 'noi nao lo'],
    // "gio ai lo cho dan", "gio ai lo ho ngheo", "vay huyen ko con thi ai lo" (round 40 resid40; were the ministry explainer found by
    // search): who the handling is for, or the district gone, said beside who handles it (src/chat/topics.ts readAspect).
    around: ['cho dan', 'dan', 'nguoi dan', 'ho ngheo', 'ho can ngheo', 'cho ho ngheo', 'giam ngheo', 'viec giam ngheo', 'chuyen nay', 'chuyen do', 'viec do',
      'huyen khong con', 'khong con huyen', 'bo huyen', 'het huyen', 'huyen bi bo'],
    bodies: ['bo nong nghiep', 'bo lao dong', 'ubnd', 'uy ban nhan dan', 'co quan', 'ngan hang chinh sach', 'chu tich ubnd'],
  },
};
