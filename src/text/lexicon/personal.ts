/**
 * Words around personal data in what people type: how a name, a contact or identity number and a village are
 * introduced, and which words a name is made of. Read by the masking of personal data (src/privacy/mask.ts) before
 * anything typed is kept. Keys are folded (no diacritics) unless a list says it holds typed forms with their marks.
 * Whether a number is an amount or a count rather than an identity number is read from the money and household
 * words (money.ts, household.ts), not listed again here.
 */
import { HEALTH_CONDITIONS, HEALTH_MASKED_ONLY, HEALTH_NEAR_WORDS, HOSPITAL_NAMES, HOSPITAL_WORDS } from './health.ts';
import { BIRTH_ORDER_WORDS, KIN_BY_BIRTH_ORDER, YOUNG_SCHOOL_NAMES } from './household.ts';
import { BRIDGE, COMMUNE_WORDS, DISTRICT_WORDS, NOT_UNIT_AFTER, VILLAGE_AREA_WORDS, WORKPLACE_UNITS } from './places.ts';

const PHONE_LABELS = ['so dien thoai', 'dien thoai', 'dthoai', 'so dt', 'sdt', 'dt', 'zalo', 'goi', 'lien he', 'hotline'];

/**
 * Of the offences masked (PERSONAL.offences), those that say a person has a criminal record or has served a sentence, folded: not
 * an act that may be suffered ("bị ăn trộm") nor asked of ("vay không trả có phạm pháp không"). A policy loan asked with one
 * ("nguoi co an tich co dc vay von ko"; topics.ts TOPICS.groupsWithoutRule.criminal_record, round 38 mend38e).
 */
export const CRIMINAL_RECORD_WORDS = ['an tich', 'an treo', 'bi phat tu', 'an phat tu', 'trai cai tao', 'ket an', 'o tu ve', 'di tu ve', 'man han tu'];

export const PERSONAL = {
  /** Folded word sequences after which the next words are a name, whatever they look like ("tên tôi", "họ và tên"). */
  nameTriggers: [
    'ten toi', 'ten tui', 'ten em', 'ten minh', 'ten con', 'ten chau', 'ten tao', 'ten cua toi', 'ten cua em', 'ten cua minh',
    'toi ten', 'tui ten', 'em ten', 'e ten', 'ten e', 'minh ten', 'con ten', 'chau ten', 'tao ten', 'ho ten', 'ho va ten', 'ten la', 'ten chu ho', 'chu ho ten',
  ],
  /**
   * Folded sequences after which a name may follow ("tôi là Lan", "em là nguyen thi b"), checked for looks; also a Zalo or
   * Facebook display name ("zalo: Hoa Nguyen", "tên zalo là Tư Sang"). Not "tên" alone: "tên Nghị định nào …" names a document.
   */
  selfTriggers: [
    'toi la', 'tui la', 'em la', 'minh la', 'con la', 'chau la', 'tao la',
    'ten zalo la', 'ten zalo', 'zalo ten la', 'zalo ten', 'zalo la', 'zalo', 'nick zalo', 'facebook', 'fb',
  ],
  /**
   * The app a selfTrigger begins with (`media`), and the words right before it that make it the place a post or a message goes, not
   * a display name's label (`notAfter`, folded): "viết bài đăng zalo: từ tết …", "gửi qua zalo", "nhóm zalo ấp" (round 42 privacy36:
   * "bài đăng zalo: từ tết" was "[tên]", "Từ" read as a surname).
   */
  selfTriggerMedia: {
    media: ['zalo', 'facebook', 'fb'],
    notAfter: ['dang', 'bai', 'nhom', 'group', 'qua', 'tren', 'len', 'vao', 'gui', 'nhan', 'trang', 'kenh', 'ban tin'],
  },
  /**
   * Whose name a form's "họ và tên" asks, folded ("Họ và tên chủ hộ", "họ tên người khai"): a header, its words no name; the name is
   * what follows it (round 42 privacy36: "Họ và tên chủ hộ" was "Họ và tên [tên] hộ").
   */
  nameFieldOf: { leads: ['ho ten', 'ho va ten'], whose: ['chu ho', 'nguoi khai', 'nguoi lam don', 'nguoi dai dien', 'thanh vien', 'nguoi than', 'nguoi giam ho', 'nguoi nhan'] },
  /**
   * Folded words after which a name follows only when its first word is a name's ("tên Lan", "chị tên Hoa", "ten Be Hai",
   * "tên: lan"): a capitalised word that no lexicon reads as a thing with a name (a document type, a word of the policy's
   * scope, a place unit: "tên Nghị định nào", "Tên Xã"), or a given name or a surname typed in lower case ("ten lan", "ten
   * nguyen van b"). "tên gì", "tên văn bản", "tên xã", "co ten trong danh sach" stay as typed (round 20).
   */
  bareNameTriggers: ['ten'],
  /** Surnames recognisable without diacritics (no everyday word folds to them). */
  foldedSurnames: [
    'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong', 'dinh',
    'doan', 'truong', 'luong', 'quach', 'chau', 'trieu', 'kieu', 'thach', 'danh', 'trinh', 'diep', 'banh', 'giang',
    'luu', 'huong', 'ninh', 'phung', 'thieu', 'khuat', 'nghiem', 'tieu', 'uong', 'yen',
  ],
  /** Surnames that fold onto everyday words, as typed with their marks: recognised only so. */
  markedSurnames: [
    'hồ', 'đỗ', 'lý', 'lâm', 'mai', 'tạ', 'hà', 'cao', 'thái', 'tô', 'tăng', 'lưu', 'đào', 'từ', 'chu', 'hứa', 'kim',
    'sơn', 'lại', 'nông', 'lò', 'vi', 'lữ', 'mã', 'quan', 'khổng', 'tống', 'tôn', 'âu', 'văn', 'đặng', 'đinh', 'đoàn',
    'lục', 'la', 'mạc', 'thân', 'triệu', 'viên', 'đàm', 'cù', 'lương',
    // Hmong surnames (round 41 privacy34: "Hờ A Páo", "Thào A Sính" were kept as typed); not "Vàng", "Mùa", "Hạng" (gold, a season, a rank).
    'hờ', 'thào', 'sùng', 'lầu', 'chảo', 'giàng',
  ],
  /** Words that end a name: places, contact words, verbs and particles that follow a name in a sentence. */
  nameStopWords: [
    'o', 'sdt', 'dt', 'so', 'thuoc', 'xa', 'thon', 'ap', 'xom', 'phuong', 'huyen', 'tinh', 'tuoi', 'co', 'muon', 'hoi',
    'can', 'duoc', 'khong', 'ko', 'k', 'hok', 'la', 'va', 'voi', 'the', 'nay', 'email', 'mail', 'zalo', 'goi', 'lien',
    'he', 'cccd', 'cmnd', 'chong', 'con', 'me', 'bo', 'ho', 'toi', 'em', 'tui', 'xin', 'cam', 'on', 'vay',
    'sao', 'gi', 'j', 'nao', 'ma', 'nhung', 'nen', 'roi', 'chua', 'se', 'bi', 'nha',
  ],
  /**
   * Words of nameStopWords that, capitalised right after a capitalised word of a name, are a word of that name, folded: "Út Em",
   * "Bé Em" (a Southern given name), "Lê Thế Anh", "Lê Cẩm Nhung" ("tui ten Út Em": round 28, was "tui ten [tên] Em").
   */
  capitalisedNameStopWords: ['em', 'the', 'cam', 'nhung'],
  /** Capitalised words after "tôi là" or a title that are not names ("Tôi là Cán bộ xã", "Em là Hộ nghèo"). */
  notNameWords: [
    'ho', 'nguoi', 'can', 'dan', 'nong', 'cong', 'giao', 'hoc', 'sinh', 'me', 'bo', 'cha', 'con', 'chu', 'ba', 'ong',
    'co', 'bac', 'anh', 'chi', 'em', 'thanh', 'vien', 'truong', 'pho', 'bi', 'thu', 'dang', 'doan', 'hoi',
    'cu', 'tre', 'lao', 'thuong', 'benh', 'ngheo', 'khuyet', 'tat', 'doc', 'than', 'gia', 'vo', 'chong', 'mot',
  ],
  /**
   * Titles a name follows ("bà Lan", "chú Bảy", "ba nguyen thi lan", a child's "thằng Tí", "bé Na", "con be Na"), as typed in
   * lower case with their marks; a title typed without marks is listed when people type it so ("ba", "co", "chi", "be"; not
   * "thang": "thang Tu" is April).
   */
  titles: ['bà', 'ba', 'ông', 'ong', 'chị', 'chi', 'anh', 'cô', 'co', 'chú', 'chu', 'em', 'bác', 'bac', 'dì', 'cậu', 'thím', 'mợ', 'thầy', 'thằng', 'bé', 'be'],
  /**
   * Titles typed short or plain that are a letter or another word too, folded ("a" anh, "c" chị, "cau" cậu or cầu): a name
   * follows only when it is a given name or a birth-order name capitalised ("a Hùng", "c Lan", "cau Tam"; not "điểm a Khoản 1",
   * "cau Ca Mau").
   */
  shortTitles: ['a', 'c', 'cau'],
  /**
   * Titles typed without marks that are everyday words too, folded ("thang": tháng, thắng, thằng; "con": a child, or any
   * animal or thing): a name follows only capitalised ("thang Ti", "con Tèo"), and not a month's name (`notAfter`: "thang Tu",
   * "thang Gieng", the digit words) unless what is around it says a boy ("thằng Tư" typed plain): a relative of the household
   * right before (`childBefore`: "con tui thang Tu", "chau thang Tu"), an age right after ("thang Tu 15 tuoi"), or, the name
   * capitalised, words said of a person right after (`childAfter`: "thang Tu nha tui", "thang Tu nghi hoc"). "thang tu nay",
   * "thang Tu co ho tro ko" stay: April.
   */
  capitalisedTitles: {
    words: ['thang', 'con'],
    notAfter: ['gieng', 'chap', 'muoi', 'mot', 'hai', 'ba', 'bon', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin'],
    /**
     * Of `words`, the one a month's name follows ("tháng Tư"): after "con" a birth-order name capitalised is a child called so, kept
     * as kin called by birth order is ("con Hai di lam xa"), with the name after it masked ("con Hai Lúa": "con Hai [tên]").
     */
    monthTitles: ['thang'],
    /** As typed, after a title of `words`, words that are no name: "con nam" (a boy: "2 dua con nam 10 tuoi"). */
    notNameAfter: { con: ['nam'] } as Readonly<Record<string, readonly string[]>>,
    /** Words right after a month's name that say the month ("thang tu nay", "con trai thang tu nay di hoc": this April), never a boy. */
    monthAfter: ['nay', 'toi', 'truoc'],
    childBefore: ['con tui', 'con toi', 'con em', 'con minh', 'chau tui', 'chau toi', 'chau em', 'chau', 'dua', 'dua con', 'con trai', 'em tui', 'em toi'],
    childAfter: [
      'nha tui', 'nha toi', 'nha em', 'nha minh', 'con tui', 'con toi', 'con em', 'chau tui', 'nghi hoc', 'bo hoc', 'di hoc', 'dang hoc', 'hoc lop',
      'bi benh', 'bi om', 'om', 'lay vo', 'di nghia vu',
    ],
  },
  /**
   * Given names that are also words of notNameWords, folded, with the words after them that make the everyday word ("Thu
   * nhap", "Thanh vien"): capitalised after a title they are a name ("chi Thu", "anh Thanh", "co Thuong"), unless one of
   * those words follows.
   */
  titleGivenWords: {
    thu: ['nhap', 'ky', 'hoach', 'tuc', 'hoi', 'gom', 'mua', 'vien'],
    thanh: ['nien', 'vien', 'pho', 'toan', 'lap', 'tich', 'phan', 'thi', 'cong', 'tra', 'ly'],
    thuong: ['binh', 'tat', 'xuyen', 'mai', 'luong', 'nien', 'tru'],
    bi: ['benh', 'om', 'sot', 'tai', 'mat', 'thuong', 'cam', 'ngheo', 'khuyet', 'tat', 'suy', 'viem', 'liet', 'dau', 'gay', 'nhiem', 'lao', 'cat', 'mu', 'diec', 'bo'],
  } as Readonly<Record<string, readonly string[]>>,
  /** A word of a calling between a title and the name, folded: "cô giáo Hà", "thầy giáo Nam", "bác sĩ Lan". */
  titleCallings: ['giao', 'si'],
  /** Surnames that start a name typed in lower case after a title ("ba nguyen thi lan"): none is an everyday word. */
  titleSurnames: ['nguyen', 'tran', 'pham', 'hoang', 'huynh', 'bui', 'trinh', 'quach', 'khuat', 'nghiem'],
  /** Common given names as typed with their marks ("chị hằng"). */
  givenNames: [
    'hòa', 'hồng', 'huệ', 'hương', 'hằng', 'thảo', 'yến', 'ngọc', 'thúy', 'thủy', 'cúc', 'đào', 'phượng', 'phương', 'hạnh', 'liên',
    'tuyết', 'vân', 'hùng', 'dũng', 'tuấn', 'đức', 'tùng', 'hiếu', 'nghĩa', 'phúc', 'lộc', 'út', 'hải',
  ],
  /**
   * Words right after a given name typed in lower case after a title that say where the person lives, folded ("chi mai nha ben": chị
   * Mai next door): the name is a person's, though its word and the next begin a phrase of the household words ("mái nhà dột"). The
   * rule for a given name typed plain after a kin word or a title (mask.ts readAsWords): it is a name, masked ("chi mai", "chị Mai",
   * "chi Mai"), unless its words are an everyday phrase the household reader reads ("co mai ton", "chi mai nha bi dot": a roof) and
   * nothing after them says a person (these words). Round 42 privacy36: "chi mai nha ben" was kept as typed.
   */
  neighbourAfter: ['nha ben', 'nha ke ben', 'nha ke', 'nha canh', 'nha ben canh', 'ke ben', 'ben canh', 'hang xom', 'cung xom'],
  /** Common given names as typed without marks ("chi hoa"). */
  givenUnmarked: ['lan', 'hoa', 'mai', 'nga', 'nhung', 'linh', 'trang', 'thao', 'yen', 'ngoc', 'loan', 'thuy', 'hue', 'tuan', 'hung', 'duc', 'long', 'quang', 'ut', 'cuc'],
  /**
   * Birth-order names ("anh Ba", "chị Hai", "cô Út"), as typed, with and without marks: after a title and capitalised they
   * are a name even when the word is also an everyday one (notNameWords: "ba"). "Ông Bà" is no name: "bà" is not "ba".
   */
  birthOrderNames: [...new Set([...BIRTH_ORDER_WORDS, ...KIN_BY_BIRTH_ORDER.order]), 'cả'],
  /**
   * Health conditions, folded: sensitive personal data (Luật 91/2025/QH15), masked in what is kept ("tôi bị [sức khỏe]").
   * Illnesses only, never the policy's own groups ("người khuyết tật", "bệnh hiểm nghèo" stay: a question is about them).
   */
  healthConditions: HEALTH_CONDITIONS,
  /**
   * The kind or the organ of a condition said right after it, folded ("ung thư phổi", "tâm thần phân liệt", "viêm gan B"): masked
   * with it, since it says which illness (round 35: was "[sức khỏe] phoi"). "gan" after a condition is the liver, not "gần".
   */
  healthConditionParts: [
    'phoi', 'gan', 'vu', 'da day', 'tu cung', 'co tu cung', 'buong trung', 'mau', 'xuong', 'vom hong', 'dai trang', 'truc trang',
    'tuyen giap', 'tuy', 'thuc quan', 'tien liet tuyen', 'phan liet', 'man', 'man tinh', 'a', 'b', 'c', 'mach mau nao',
    'type 1', 'type 2', 'tuyp 1', 'tuyp 2',
    // "khuyet tat chan", "khuyet tat nang bam sinh" (round 40 privacy32).
    'chan', 'tay', 'nang', 'dac biet nang', 'bam sinh', 'tri tue', 'van dong',
  ],
  /**
   * Addictions, folded: sensitive as health is (Luật 91/2025/QH15), masked as "[sức khỏe]" in what is kept (round 35: "chong tui
   * nghien ma tuy" was kept as typed); not healthConditions, which the chat reads as a member's illness (readIllnessTold).
   */
  /**
   * Short forms of an illness as residents and clinics write them, folded: "K" for cancer with its organ ("ba tui bi k gan", "k
   * phoi"), "đtđ" (đái tháo đường). Masked as "[sức khỏe]" in what is kept (round 36: were kept as typed); not healthConditions,
   * which the chat reads as a member's illness: "k gan" is also "không gần" ("nha k gan cho"), over-masked only in kept text.
   */
  healthShortForms: [
    'k gan', 'k phoi', 'k vu', 'k da day', 'k mau', 'k xuong', 'k tu cung', 'k co tu cung', 'k buong trung', 'k vom hong', 'k dai trang',
    'k truc trang', 'k tuyen giap', 'k tuy', 'k thuc quan', 'k tien liet tuyen', 'k luoi', 'k thanh quan', 'dtd',
  ],
  /**
   * Of healthShortForms and the disabilities of health.ts HEALTH_MASKED_ONLY, by their first word, the words one of them follows to be
   * an illness, folded: "k" is also "không", so "k gan"
   * is cancer only after "bị", "mắc", "bệnh" ("ba tui bi k gan"), and "không gần" otherwise ("nha k gan cho": round 36, was "nha
   * [sức khỏe] cho").
   */
  healthShortLeads: {
    k: ['bi', 'mac', 'benh', 'dieu tri', 'chua', 'chan doan', 'phat hien'],
    // "em bi khuyet tat chan", "con bi down" (health.ts HEALTH_MASKED_ONLY): a member's; "người khuyết tật", "hỗ trợ khuyết tật" ask of a group.
    khuyet: ['bi', 'mac', 'la nguoi', 'nguoi bi'],
    down: ['bi', 'mac'],
  } as Readonly<Record<string, readonly string[]>>,
  // "chích choác" (round 37 attack pass: was kept as typed): injecting drugs, as residents say it. "thằng Tư nhà tui bị nghiện", "con
  // nghien", "nghien ngap" (round 41 privacy33 attack pass: were kept as typed): an addiction said with no drug named.
  addictions: [
    'nghien ma tuy', 'nghien hut', 'nghien ruou', 'su dung ma tuy', 'choi ma tuy', 'dinh ma tuy', 'cai nghien', 'chich choac', 'hut chich', 'tiem chich',
    'bi nghien', 'dang nghien', 'con nghien', 'nghien ngap',
  ],
  /**
   * Of healthShortForms, those whose words are everyday words too, folded ("k gan": không gần, "k xuong": không xuống, "k mau", "k
   * tuy", "k luoi"): an illness only after its lead (healthShortLeads). The others are one right after a relative and the speaker
   * too ("ong tui k phoi", "me em k vu": OWN_MEMBER; round 37: were kept as typed).
   */
  healthShortEveryday: ['k gan', 'k mau', 'k xuong', 'k tuy', 'k luoi'],
  /**
   * Cancer said by its letter alone, folded ("me tui bi K", "ba tui mac K giai doan 3", "nam vien K"; round 37: were kept as typed):
   * `letter` right after one of `leads`, typed as a capital, or in lower case at a clause's end after a relative and the speaker
   * and a lead ("me tui bi k"; not "co bi k", "kham benh k": "không?" asked). The chat reads it as `written` (round 37 privacy29:
   * "me tui bi K" was read as "bị không" and got the tuition passage).
   */
  healthLetter: { letter: 'k', leads: ['bi', 'mac', 'benh', 'vien'], written: 'ung thư' },
  /** A hospital named after a stay in it (health.ts HOSPITAL_NAMES): "nằm viện Chợ Rẫy" is kept as "nằm viện [sức khỏe]". */
  hospitals: { leads: [...HOSPITAL_WORDS, 'bv'], names: HOSPITAL_NAMES },
  /** Conditions masked, not read by the chat, and pregnancy with the words around it that make it none of a member (health.ts). */
  healthMaskedOnly: HEALTH_MASKED_ONLY.conditions,
  pregnancy: { phrases: HEALTH_MASKED_ONLY.pregnancy, notAfter: HEALTH_MASKED_ONLY.notAfter, notBefore: HEALTH_MASKED_ONLY.notBefore },
  /**
   * Prison and offences, folded, besides being away in prison (household.ts HOUSEHOLD_AWAY.absent.prison, read from there):
   * sensitive data (Luật 91/2025/QH15: criminal records), masked as "[án tích]" in what is kept (round 37: "chong tui dang o tu 3
   * nam" was kept as typed). Not "bị bắt" alone ("bị bắt buộc"), "đi tu" (a monk; "đi tù về" is), "phạt tù" alone ("Phật tử") nor "tiền sử"
   * ("tiền sự" folds like a health history).
   */
  // "co tien an cuop giat", "chong moi ra tu" (round 40 privacy32 attack pass: were kept as typed).
  offences: [...CRIMINAL_RECORD_WORDS, 'pham toi', 'pham phap', 'buon ma tuy', 'ban ma tuy', 'van chuyen ma tuy', 'an trom', 'trom cap', 'danh bac', 'cuop giat', 'moi ra tu', 'vua ra tu', 'da ra tu', 'ra tu roi'],
  /**
   * Offences typed with their marks, lower case: "đi tù" ("chồng đi tù vì trộm cắp"; round 40 privacy32 attack pass: was kept as
   * typed), never "đi tu" typed plain (a monk: household.ts HOUSEHOLD_AWAY.absent.prison); "ra tù" wherever it stands.
   */
  offencesMarked: ['đi tù', 'ra tù'],
  /**
   * Of `offences`, acts a person may suffer (`acts`), folded, and the words right before one that say the person suffered it
   * (`leads`): "tui bi cuop giat mat het giay to", "nha tui bi an trom" tell of a victim, no record, and are kept as typed (round 41
   * privacy33: were "bi [án tích]", a criminal record said of the victim). "bi bat vi cuop giat", "tien an cuop giat" stay offences.
   */
  offencesSuffered: { acts: ['cuop giat', 'an trom', 'trom cap'], leads: ['bi'] },
  /**
   * Offences that fold like everyday words, folded: "tiền án" as "tiền ăn" (food money: "tien an cho con di hoc", "tien an trua cua
   * con tui"; round 37 mend37c: were "[án tích] cho con…"), "tiền sự" as "tiền sử" (a health history: "co tien su cao huyet ap").
   * Each of `twins` is an offence only typed with its `marked` syllable ("tiền sự"), next to one of its `besides` ("tien an tien su",
   * "tien su tien an"), or after one of `leads` where a clause ends ("chong tui co tien an", "anh ay co tien su"; round 38 privacy30:
   * "tien su" was kept as typed); not after `notAfter` ("nha tui ko co tien an": no money for food) nor when the household is the
   * one that has it ("nha tui co tien an": food money; round 38 privacy30, was "[án tích]").
   * A twin with a `health` reading ("tiền sử", typed so with its marks) masked after a lead is masked as "[sức khỏe]" unless the
   * sentence says an offence nearer than an illness: one masked as such, or one of `offenceNear` ("chong tui co tien su, di tu ve",
   * "… moi ra tu"), against health.ts HEALTH_NEAR_WORDS and the illnesses ("ba tui bi tien su, nam vien", "me tui co tien su, bi
   * tieu duong"). Nothing said either way ("me tui co tien su.", "chong tui co tien su"): "[sức khỏe]" too. Both are masked; the
   * label is what a cadre reads on a kept record, and a wrong "[án tích]" says a person has a criminal record where a wrong "[sức
   * khỏe]" says nothing against them (round 38 mend38c: "me tui co tien su.", "ba tui bi tien su" were "[án tích]").
   */
  offenceTwins: {
    leads: ['co', 'bi'],
    notAfter: ['ko', 'khong', 'k', 'hok', 'chua', 'het', 'thieu'],
    twins: { 'tien an': { marked: 'án', besides: ['tien su'] }, 'tien su': { marked: 'sự', besides: ['tien an'], health: 'sử' } },
    offenceNear: ['ra tu', 'di tu', 'o tu', 'vao tu', 'cong an', 'toa an', 'xu phat', 'vi pham', 'tai pham', 'bi bat', 'ket an', 'pham toi', 'pham phap'],
    healthNear: HEALTH_NEAR_WORDS,
  } as {
    readonly leads: readonly string[];
    readonly notAfter: readonly string[];
    readonly twins: Readonly<Record<string, { readonly marked: string; readonly besides: readonly string[]; readonly health?: string }>>;
    readonly offenceNear: readonly string[];
    readonly healthNear: readonly string[];
  },
  /**
   * Religions, folded: a person's religion is sensitive data (Luật 91/2025/QH15) and no rule of the policy reads it, so it is masked as
   * "[tôn giáo]" wherever it is named ("theo dao Tin Lanh", "nha tui theo Cong giao"; round 41 privacy33 attack pass: were kept as
   * typed); "theo đạo" stays. Ethnic groups are not here: the policy's supports name them ("dân tộc thiểu số").
   */
  religions: [
    'cong giao', 'thien chua giao', 'dao thien chua', 'tin lanh', 'phat giao', 'dao phat', 'phat giao hoa hao', 'hoa hao', 'cao dai', 'dao cao dai',
    'hoi giao', 'dao hoi', 'islam', 'ba la mon', 'ba ha i', 'tu an hieu nghia', 'buu son ky huong', 'minh su dao', 'minh ly dao',
  ],
  /**
   * Given names typed without marks that end a full name typed in lower case after a surname that is an everyday word too
   * (foldedSurnames: "le", "vo", "dang") and "thi"/"van" ("le thi hoa", "vo van tung"), with givenUnmarked: none makes a
   * sentence there ("vo thi lam", "luong thi hai trieu", "dang thi binh thuong" are "vợ thì làm", "lương thì hai triệu", "đang
   * thì bình thường", so "lam", "hai", "binh", "minh", "an", "thu", "huong", "nhan", "hien", "sang" are not here).
   */
  fullNameGiven: ['tung', 'dung', 'hieu', 'phuong', 'thanh', 'hanh', 'hong', 'dao', 'tuyet', 'ha', 'kiet', 'khoa', 'son', 'vinh', 'thuan', 'diem', 'trinh', 'oanh', 'teo'],
  /** Middle names that go on a name typed in lower case ("nguyen thi lan", "trần văn b"), typed with and without marks. */
  middleNames: ['thi', 'van', 'thị', 'văn'],
  /**
   * The Hmong middle names, as typed between a capitalised surname and given name ("Hờ A Páo", men's "A" and "Seo": "Giàng Seo Phử",
   * women's "Mí": "Vàng Mí Mỷ"); no word in lower case.
   */
  capitalMiddleNames: ['A', 'Seo', 'Mí'],
  /**
   * Hmong and Dao surnames that are everyday words too or rare enough to be read only so, as typed with their marks ("Vàng" gold, "Mùa"
   * a season, "Hạng" a rank, "Bàn" a table): a surname only capitalised before a capitalised middle name ("Vàng A Dính", "Mùa Thị Sua",
   * "Bàn Văn Lìn", "Vừ Seo Chứ"; round 42 privacy35: were kept as typed); "giá vàng", "mùa mưa" stay.
   */
  surnamesBeforeMiddle: ['vàng', 'mùa', 'hạng', 'vừ', 'lồ', 'tẩn', 'phàn', 'bàn', 'ly', 'lù', 'tráng', 'sình'],
  /**
   * Surnames of two words or more, folded ("Tôn Thất Minh Hoàng Anh", "Tôn Nữ Thu Hà", "Nguyễn Phúc Bửu Chánh", "Âu Dương Phong"):
   * capitalised, with one capitalised word or more after them, a name whatever those words are (round 42 privacy35: "Ton That Minh
   * Hoang Anh" was kept as typed).
   */
  compoundSurnames: ['ton that', 'ton nu', 'cong tang ton nu', 'nguyen phuc', 'au duong', 'hoang phu'],
  /**
   * Common middle names besides "Văn" and "Thị", folded ("Nguyen Minh Tuan", "Le Hoang Bao Anh", "Tran Ngoc Bich Tram"): capitalised
   * right after a surname typed without marks, with a capitalised word after them, where capitals say names, they make a full name
   * with no "Văn"/"Thị" (round 42 privacy35: "con tui Le Hoang Bao Anh hoc lop 3" was kept as typed).
   */
  plainMiddleNames: ['minh', 'ngoc', 'thanh', 'kim', 'bao', 'quoc', 'huu', 'xuan', 'gia', 'hong', 'bich', 'thu', 'my', 'cam', 'dieu', 'quang', 'cong', 'duc', 'dinh', 'trung', 'phuong', 'thuy', 'nhat', 'khanh', 'tuan', 'hai', 'anh', 'tan', 'tien'],
  /**
   * Names of the Central Highlands peoples (Ê Đê, Jrai, M'nông…): the given name led by "Y" (men: "Y Bih Niê", "Ksor Y Phun") or
   * typed with "H'" (women: "H'Bia", "Hơ Đơk H'Bia"), the surname after it (Ê Đê: "Niê", "Êban") or before it (Jrai: "Ksor", "Rơ
   * Mah"). `surnames`: as typed, lower case, with marks or without, read only next to a "Y" or "H'" name; `notAfterY`: folded,
   * words after a capital "Y" that make an everyday word ("Y tế", "Y Tế xã", "Y sĩ", "Y học", "y như"). An ethnic group's name alone
   * ("người Ê Đê", "dân tộc Gia Rai") is no person's and stays (round 42 privacy35: "Y Bih Niê", "Ksor Y Phun", "Hơ Đơk H'Bia" were
   * kept as typed).
   */
  highlandNames: {
    surnames: [
      'ksor', 'siu', 'nay', 'rơ', 'mah', 'rmah', 'kpă', 'kpa', 'puih', 'rah', 'hđơk', 'hdok', 'hơ', 'đơk', 'niê', 'nie', 'êban', 'eban', 'mlô', 'mlo',
      'byă', 'bya', 'adrơng', 'adrong', 'ayun', 'kbuôr', 'kbuor', 'mdrang', 'hwing', 'knul', 'ktla', 'rcom', 'êung', 'eung', 'kdăm', 'kdam',
    ],
    notAfterY: ['te', 'hoc', 'khoa', 'si', 'ta', 'duoc', 'duc', 'lenh', 'nguyen', 'nhu', 'het', 'bac', 'vu', 'sinh', 'cu', 'thuat', 'ly', 'tri', 'vien', 'ba', 'chang', 'xa', 'phuc', 'dinh', 'kien', 'chi'],
  },
  /**
   * Who a person is to a household and the name said after it (round 42 privacy35). A kinship word or a title with a given name ("chị
   * Mai", "chi mai", "bà Tư", "ông Bảy", "cô Út Hoa") is personal text: the name is masked, the word kept ("chị [tên]"). Kin called by
   * birth order in lower case after a kin word of household.ts KIN_BY_BIRTH_ORDER ("cậu hai", "dì ba", "chú tư") or after "anh"/"chị"
   * ("anh hai", "chị ba": the eldest, the third) is who the person is to the household, kept: the household reader counts them. After
   * `titles` ("bà", "ông", typed with their marks), no kin counted by birth order, an order word of `orders` typed with its marks is a
   * calling name even in lower case ("bà tư nhà bên", "ông bảy"), unless a count or an amount is said ("ông bảy mươi tuổi", "bà sáu
   * đứa cháu") or one of `notBefore` follows ("bà tư vấn giùm").
   */
  callingNames: { titles: ['bà', 'ông'], orders: ['tư', 'sáu', 'bảy', 'tám', 'chín'], notBefore: ['muoi', 'lam', 'van', 'nghin', 'ngan', 'tram'] },
  /**
   * A name said without its surname ("Thị Mai", "Thi Mai", "Văn Tèo", "Thị Ngọc Hân"): a middle name of these, as typed, capitalised,
   * then a capitalised given name (givenNames, givenUnmarked, fullNameGiven): personal text, masked whole (round 42 privacy35: "Thị
   * Mai" was kept as typed). Not "Van" typed plain ("Nha Van Hoa" is nhà văn hóa) nor an everyday word (middleNameWords: "Thi Hanh").
   */
  partialNameMiddles: ['thị', 'văn', 'thi'],
  /**
   * Vietnam's peoples, folded ("Ê Đê", "Gia Rai", "Ba Na", "Chu Ru", "M'nông" as "mnong"), and the words that say a people is named
   * (`leads`): after a lead, a people's name, and the others listed after it ("người Ê Đê, Gia Rai, Ba Na"), is no person's data and
   * stays as typed; a place's or a name's reader does not take it (round 42 privacy35: "người Gia Rai" was "người [địa chỉ]", Giá
   * Rai being a town; "dân tộc Ba Na" was "dân tộc Ba [tên]").
   */
  ethnicGroups: {
    leads: ['nguoi', 'dan toc', 'dong bao', 'toc', 'nguoi dan toc', 'dtts'],
    names: [
      'kinh', 'tay', 'thai', 'muong', 'khmer', 'kho me', 'khome', 'hoa', 'nung', 'hmong', 'h mong', 'mong', 'dao', 'gia rai', 'jrai', 'e de', 'ede', 'ba na', 'bahnar',
      'xo dang', 'sedang', 'san chay', 'cao lan', 'co ho', 'cham', 'san diu', 'hre', 'mnong', 'm nong', 'ra glai', 'raglai', 'xtieng', 'stieng', 'bru van kieu', 'bru',
      'van kieu', 'tho', 'giay', 'co tu', 'gie trieng', 'ma', 'kho mu', 'khmu', 'co', 'ta oi', 'pa co', 'cho ro', 'khang', 'xinh mun', 'ha nhi', 'chu ru', 'lao',
      'la chi', 'la ha', 'phu la', 'la hu', 'lu', 'lo lo', 'chut', 'mang', 'pa then', 'co lao', 'cong', 'bo y', 'si la', 'pu peo', 'brau', 'o du', 'ro mam', 'ngai',
    ],
    /** Words between two peoples' names of one list ("Ê Đê, Gia Rai và Ba Na"), folded. */
    joins: ['va', 'hoac', 'voi'],
  },
  /**
   * Everyday words that begin with a middle name's syllable, folded ("văn bản", "vận động viên", "thị trấn"): a middle name
   * typed in lower case that begins one of them is no name ("nguyên văn bản", "tui la van dong vien", "tui la thi sinh").
   * Not those that are also names ("văn minh", "văn hòa", "văn phong": "Văn Minh" is a given name; over-masking is accepted).
   */
  middleNameWords: [
    'van ban', 'van dong vien', 'van thu', 'van nghe', 'van chuyen', 'van de', 'van hanh', 'van tai', 'van kien',
    'thi tran', 'thi xa', 'thi sinh', 'thi truong', 'thi cong', 'thi hanh', 'thi dua',
  ],
  /**
   * Everyday words typed without marks like a surname and a middle name, folded ("tư vấn" as "Tu Van", "Từ Văn"): in a text
   * typed in title case ("Anh Tu Van Giup Em") they are no full name unless a given name follows ("Tu Van Hung").
   */
  surnameMiddleWords: ['tu van'],
  /**
   * Place words before a district's, a commune's, a village's or a smaller place's number or name ("huyện Tân Phú", "xã Tân
   * Phú", "phường 7", "thôn 2", "ấp Bình Minh", "tổ 5", "khu phố 3"), folded: the units of places.ts (DISTRICT_WORDS,
   * COMMUNE_WORDS, VILLAGE_AREA_WORDS), then the words of a street address. `marked`: those counted only as typed with their
   * marks ("tổ", not "to"; "bản", not "bạn"; "quận", not "bình quân" or "quán"); `nameOnly`: those followed only by a name,
   * never a number ("văn bản 3" is no village, "xa 5 km" no commune, "huyen 2 lan" no district).
   * A name typed in lower case is read after a district's, a commune's or a village's unit only (`lowerNamed`), from the syllables of
   * places.ts PLACE_NAME_WORDS ("thon dong", "xa tan phu"): two of them after the units typed without marks that begin other
   * words too (`lowerTwoWords`: "xa hoi", "phuong an", "ap dung", "lang phi"), and never one alone of `lowerNotAlone` ("thon
   * minh" is "our village"). A unit of `marked` typed without its marks counts before its number when another place
   * follows ("to 5 khu pho 2": not "o to 4 cho", a car), and before a person's name typed in lower case that no everyday
   * word is typed like (titleSurnames: "duong nguyen trai", "hem tran hung dao": a street named after a person).
   * A workplace said by its park's name (WORKPLACE_UNITS: "kcn Song Thần", "khu công nghiệp Tân Tạo") is where the person is every
   * working day, as a school is a child's: its name is masked as a place's ("kcn [địa chỉ]"); "làm ở khu công nghiệp" stays.
   */
  placeUnits: {
    // "khối 5" (round 39 privacy31: was kept as typed): the unit of a ward in Nghệ An, Hà Tĩnh, Thanh Hóa towns; "khoi" plain is also
    // "khỏi" (well again, away: "khoi 5 ngay"), so it counts typed with its marks or before another place ("khoi 5 phuong Ben Thuy").
    words: [...DISTRICT_WORDS, ...COMMUNE_WORDS, ...VILLAGE_AREA_WORDS, 'so nha', 'nha so', 'dia chi', 'khu', 'hem', 'ngo', 'ngach', 'kiet', 'to', 'khoi', 'duong', 'duong so', 'pho', ...WORKPLACE_UNITS, BRIDGE.word],
    marked: { to: 'tổ', khoi: 'khối', ban: 'bản', buon: 'buôn', soc: 'sóc', duong: 'đường', quan: 'quận', pho: 'phố', [BRIDGE.word]: 'cầu' } as Readonly<Record<string, string>>,
    nameOnly: ['huyen', 'xa', 'lang', 'ban', 'buon', 'soc', ...WORKPLACE_UNITS, BRIDGE.word],
    /**
     * With places.ts NOT_UNIT_AFTER: a unit word that is another word's second syllable after these ("thành phố Huế", a city, is no
     * street "phố Huế"; "yêu cầu", "nhu cầu" no bridge).
     */
    notAfter: {
      pho: ['thanh', 'khu', 'dan'],
      [BRIDGE.word]: ['yeu', 'nhu'],
      // "cơ quan", "liên quan", "tham quan", "tương quan", "hải quan", "khách quan", "chủ quan", "bi quan", "lạc quan".
      quan: [...NOT_UNIT_AFTER.quan!, 'co', 'lien', 'tham', 'tuong', 'hai', 'khach', 'chu', 'bi', 'lac'],
    } as Readonly<Record<string, readonly string[]>>,
    /**
     * Words right after a unit typed without its marks that make it another word, folded: "quan an", "quan nhau" are a shop ("quán"),
     * not a district ("o quan an ngon": round 36, was "o quan [địa chỉ]"). "quận", "xã", "huyện" typed with their marks stay units.
     */
    notBefore: {
      quan: ['an', 'nhau', 'com', 'nuoc', 'ca phe', 'cafe', 'cf', 'bia', 'tap hoa', 'net', 'pho', 'chao', 'hu tieu', 'oc', 'lau', 'banh'],
      // "o xa an toan", "nha o xa an uong" (round 37: were "o xa [địa chỉ]"): "ở xa" (far away), then everyday words.
      xa: ['an toan', 'an uong', 'an o', 'an ninh trat tu', 'lam an', 'di lai', 'di hoc', 'di lam', 'di kham', 'di cho'],
      // "o huyen can giup" (round 37: was "o huyen [địa chỉ]"): "cần giúp", not Cần Giờ.
      huyen: ['can giup', 'can hoi', 'can biet', 'can tu van', 'can xin', 'can ho tro', 'can gi', 'can lam'],
    } as Readonly<Record<string, readonly string[]>>,
    lowerNamed: [...DISTRICT_WORDS, ...COMMUNE_WORDS, ...VILLAGE_AREA_WORDS, BRIDGE.word],
    lowerTwoWords: ['xa', 'phuong', 'quan', 'ap', 'lang', 'ban', 'buon', 'soc', BRIDGE.word],
    lowerNotAlone: ['minh', 'nam', 'chau', 'giao'],
    /**
     * Units of a district or a town that no everyday word is typed like (the district level's units of places.ts and "thị trấn"):
     * any lower-case words after them are the place's name, not only syllables of PLACE_NAME_WORDS ("huyen cho moi", "huyen cu chi",
     * "thi xa go cong"; round 36: were kept as typed), up to a stop word, a number, another unit or a province ("huyen cho moi tinh
     * an giang"). "quan" typed without its marks only after "ở"/"tại" or a place's number, with two words ("phuong 5 quan go vap").
     */
    lowerOpen: [...DISTRICT_WORDS, 'thi tran'],
    /**
     * Units of `marked` that, typed without their marks, still name a place before a capitalised name in a sentence not typed
     * in title case ("duong Le Loi", "nha o duong Hai Ba Trung"), or before a name typed in lower case whose surname is an everyday
     * word too, with a word of the name after it ("duong le loi", "duong ly thuong kiet"): no everyday word folded so stands before a name. Not "to"
     * ("o to Toyota"), "ban" ("ban Lan" is a friend), "soc" ("Soc Trang"), "quan".
     */
    capitalisedUnmarked: ['duong'],
    /**
     * Village units of `marked` that, typed without their marks right after "ở"/"tại"/"trên" (places.ts AREA_LEADS), name a place
     * before a name of two capitalised words in a sentence not typed in title case ("em o ban Pa Khoang", "o buon Ko Sier"; round 39
     * privacy31: were kept as typed). Not one word ("o ban Lan": with a friend), nor "to" ("o to Ford Ranger": a car).
     */
    ledCapitalised: ['ban', 'buon', 'soc'],
    /**
     * Units of `marked` that, typed without their marks, still name a place before a number ("o quan 5", "quan 8 tp hcm"): no
     * everyday word folded so stands right before a number, once notAfter's words ("binh quan 2 trieu", "lien quan 2") and a
     * number that counts or is an amount ("… 3 nam", "… 5 trieu") are left out.
     */
    numberedUnmarked: ['quan'],
    /**
     * Units of a street address: the name after their number is a street's, often a person's ("hẻm 12 Nguyễn Văn Cừ": "hẻm
     * [địa chỉ]"). After the number of any other unit a person's full name is that person ("ấp 3 Nguyễn Văn A", "tổ 5 Trần Văn
     * Hùng": "ấp [địa chỉ] [tên]"; round 29).
     */
    streets: ['so nha', 'nha so', 'dia chi', 'hem', 'ngo', 'ngach', 'kiet', 'duong', 'duong so', 'pho'],
    /**
     * A place's name said after its unit of lowerNamed with one of `says` ("xa cu ten la an binh", "ap tui ten Binh Minh", "thon
     * co ten la Dong"), one of `between` maybe before it (the old one, the speaker's): the name is the place's, masked as one (round
     * 38 privacy30: was "[tên]", a person's). The unit, `between` and `says` are typed with no mark between them ("nha tui o xa, ten
     * la Lan": far away, then the person's name), and a unit of `everydayAfter` typed without its marks right after one of its words
     * is an everyday word, a place's name said after it only with one of `between` ("ở xa": far; "tui o xa ten la Hung" is a person,
     * "tui o xa cu ten la an binh" a commune; round 38 mend38c: "tui o xa ten la Hung" was "[địa chỉ]").
     */
    namedAs: {
      between: ['cu', 'moi', 'truoc', 'truoc day', 'hoi truoc', 'tui', 'toi', 'em', 'minh', 'cua tui', 'cua toi', 'cua em', 'cua minh', 'nha tui', 'nha toi', 'nay', 'do'],
      says: ['ten la', 'ten', 'co ten la', 'co ten', 'ten goi la', 'goi la'],
      everydayAfter: { xa: ['o', 'qua', 'rat', 'hoi', 'kha', 'di', 'tu'] } as Readonly<Record<string, readonly string[]>>,
    },
  },
  /**
   * A school's words before its name, folded ("trường THCS Nguyễn Du", "tiểu học Kim Đồng", "truong mau giao Hoa Sen"): a
   * child's school says where the child is every day, so its name is masked ("trường THCS [tên trường]"). `words`: the
   * school and its level, in any order of a run ("truong", "truong mau giao"); the name after them is capitalised words, or
   * typed in lower case two syllables or more of places.ts PLACE_NAME_WORDS ("truong kim dong") or a person's name
   * (titleSurnames: "truong nguyen van troi"). "trường mầm non công lập", "học sinh tiểu học dân tộc thiểu số" keep their words.
   */
  schools: {
    words: [
      // The levels of under-16s are household.ts YOUNG_SCHOOL_NAMES.
      'truong', ...YOUNG_SCHOOL_NAMES, 'trung hoc pho thong', 'trung hoc', 'thpt', 'cap 3', 'cap ba', 'ptdtnt', 'ptdtbt', 'ptdt', 'pho thong dan toc',
      'th', 'mn', 'mg',
    ],
    /** Of `words`, those that say a school only before a capitalised name ("TH Kim Đồng", "MN Hoa Sen": "th" is also "thì"). */
    capitalisedOnly: ['th', 'mn', 'mg'],
    /**
     * The school's kind right after its words, its words too, never its name ("tieu hoc Ban tru Kim Dong": bán trú, a school
     * where children eat and nap; round 26: "tieu hoc [tên trường] tru"). Only after a school's words: alone, "ban Tru" is a friend.
     */
    kinds: ['ban tru', 'noi tru'],
  },
  /**
   * Words right before a date or a year of birth, folded ("sn 1985", "sinh ngay 12/05/1960", "năm sinh: 1945"): with a name or a
   * relative it says who the person is, so it is masked ("sn [ngày sinh]"); a year elsewhere ("nam 2025") is no one's.
   */
  birthLabels: ['sn', 'ns', 'sinh', 'sinh nam', 'sinh ngay', 'sinh thang', 'ngay sinh', 'nam sinh', 'ngay sinh la', 'nam sinh la', 'sn nam', 'ngay thang nam sinh'],
  /** Of birthLabels, by their first word, the words before it that make another word of it: "học sinh 2025", "thí sinh 2025" (pupils, contestants). */
  birthLabelNotAfter: { sinh: ['hoc', 'thi'] } as Readonly<Record<string, readonly string[]>>,
  /** Words right before a class's name that is shaped like a plate ("lớp 12A 2025": class 12A, the year), folded. */
  notPlateAfter: ['lop'],
  /**
   * Words of contactLabels that name a phone number, folded: a number after them is masked as a phone's even when it has 9 digits,
   * as a CMND has ("so dt 090 123 456", "sdt khong chin khong …": a digit left out; round 27, was "[số giấy tờ]").
   */
  phoneLabels: PHONE_LABELS,
  /** Words naming a contact or identity number right before it ("điện thoại 0912…", "STK …"), folded. */
  contactLabels: [
    ...PHONE_LABELS, 'so cccd', 'cccd', 'so cmnd', 'cmnd',
    'can cuoc cong dan', 'can cuoc', 'dinh danh', 'so bhyt', 'ma bhyt', 'so the bhyt', 'ma the bhyt', 'so bhxh', 'ma bhxh', 'so tai khoan', 'tai khoan', 'stk', 'tk',
    'email', 'mail', 'gmail',
  ],
  /**
   * Words of contactLabels that name an identity number, folded: a number after them is masked as a paper's number even
   * when it is shaped like a phone ("cmnd cua ba tui 024123456", "so bhyt 0123456789", "so dinh danh …"). "bhyt", "bhxh" only
   * after "số"/"mã": alone they are household facts too ("/kiemtra nt 4ng bhyt Nguyen Van A": the lack of health insurance),
   * never left out with a name after them.
   */
  idLabels: ['cccd', 'cmnd', 'can cuoc', 'dinh danh', 'so bhyt', 'ma bhyt', 'so the bhyt', 'ma the bhyt', 'so bhxh', 'ma bhxh'],
};
