/**
 * Requests said in plain words instead of a command, in every channel (words without diacritics, after the spoken forms
 * are written out: "ko" is "khong", "tui" is "toi"). Read by the chat core (src/chat/input.ts readRequest).
 */
export const REQUESTS = {
  /**
   * "xoa het thong tin cua tui di", "xoa du lieu", "huy het du lieu cua tui": what /xoadulieu does. A verb, then one of the objects
   * within `reach` words ("xoa giup tui du lieu"), in a message of at most `maxWords` words that names none of `notAbout`
   * ("xóa tên khỏi danh sách hộ nghèo", "xóa nhà tạm" are about the policy) and asks no `howTo` ("làm sao xóa dữ liệu").
   */
  deleteData: {
    // "huy het du lieu cua tui", "bo het thong tin di" (findings10 N5): the same request with another verb; "ko muon luu
    // thong tin nua" (round 7): not wanting it kept any more.
    verbs: [
      'xoa', 'xoa het', 'xoa sach', 'xoa bo', 'xoa giup', 'xoa dum', 'xoa gium', 'go bo', 'huy', 'huy het', 'huy bo', 'bo het',
      'khong muon luu', 'dung luu', 'khong cho luu',
    ],
    objects: ['du lieu', 'thong tin', 'cau tra loi', 'tin nhan', 'lich su', 'het'],
    reach: 3,
    maxWords: 12,
    // Also what is no request to delete: a debt or a survey form ("vay von co dc xoa het no ko", "xoa bo thong tin sai trong
    // phieu dieu tra"). The chat asks before it deletes.
    notAbout: [
      'ngheo', 'danh sach', 'ten', 'nha tam', 'nha dot nat', 'ho khau', 'cu tru', 'can cuoc',
      'no vay', 'het no', 'xoa no', 'khoan vay', 'vay von', 'phieu', 'dieu tra',
    ],
    /**
     * Right after the object (within `reach` words), words that make it the person's own data: then a policy word of
     * `notAbout` said with it names what that data is about ("xoa thong tin ho ngheo cua nha tui", "thong tin da khai").
     */
    own: ['cua toi', 'cua nha toi', 'cua em', 'cua nha em', 'cua minh', 'cua nha minh', 'da khai', 'toi khai', 'toi da khai', 'em khai', 'minh khai', 'da gui'],
    // A "don't", whatever else is said ("dung xoa du lieu cua tui nha", "tui ko muon xoa thong tin").
    refusals: ['dung xoa', 'dung huy', 'khong xoa', 'khong muon xoa', 'chua muon xoa', 'khong can xoa', 'neu xoa'],
    howTo: ['lam sao', 'lam the nao', 'the nao', 'cach', 'o dau', 'bao lau', 'khi nao', 'co bi', 'co tu', 'tu dong', 'ai', 'la sao', 'la gi'],
  },
  /**
   * "xoa tin vua gui", "xoa cau tui vua hoi di", "huy tin nhan vua roi": what "/xoatin" alone does (the last message's kept
   * rows). One of deleteData's verbs, then one of `messages` within deleteData's `reach` words, in a message of at most
   * deleteData's `maxWords`; deleteData's refusals and howTo make it no request. Read before deleteData ("tin nhan").
   */
  deleteLast: {
    messages: [
      'tin vua gui', 'tin nhan vua gui', 'tin vua roi', 'tin nhan vua roi', 'tin vua nhan', 'tin nhan vua nhan', 'tin cuoi',
      'cau vua hoi', 'cau hoi vua roi', 'cau vua gui', 'cau toi vua hoi', 'cau em vua hoi', 'cau minh vua hoi', 'tin toi vua gui',
    ],
  },
  /**
   * "co ai xem dc thong tin tui khai ko", "bot co luu j cua tui ko", "thong tin tui khai de lam gi": a question about what the
   * assistant keeps of the person, answered from what the product keeps (src/chat/info.ts privacyReply). One of `asks`,
   * and the person's own data (`data`) or the assistant (`assistant`) named, in a message of at most `maxWords` words; not
   * a question about the commune's lists ("danh sách hộ nghèo có công khai không, ai xem được": no own data named).
   */
  /**
   * "cccd cua tui 079…, tra giup nha tui co trong danh sach ho ngheo ko" (findings21 O05): someone looked up by an identity
   * number or in the commune's lists, which the assistant cannot do. One of `asks`, with an identity number in the message
   * (src/privacy/mask.ts reads it) or one of `ids` named.
   */
  lookup: {
    ids: ['cccd', 'can cuoc', 'can cuoc cong dan', 'cmnd', 'chung minh nhan dan', 'so dinh danh', 'ma dinh danh'],
    asks: ['tra', 'tra cuu', 'tra giup', 'tra dum', 'tra gium', 'tra thu', 'co trong danh sach', 'co ten trong danh sach', 'co ten khong', 'xem giup', 'kiem tra giup', 'tim giup'],
  },
  privacy: {
    data: [
      'thong tin toi', 'thong tin cua toi', 'thong tin toi khai', 'thong tin toi da khai', 'thong tin da khai', 'thong tin em khai', 'thong tin minh khai',
      'thong tin cua em', 'thong tin cua minh', 'thong tin ca nhan', 'du lieu toi', 'du lieu cua toi', 'du lieu cua em', 'du lieu cua minh', 'du lieu ca nhan',
      'cau tra loi cua toi', 'nhung gi toi khai', 'cai toi khai', 'toi khai', 'toi da khai', 'em khai', 'minh khai',
      // "bạn có lưu sđt với thu nhập nhà tui ko, có gửi cho xã ko" (findings17 q21): what was told of the household.
      'thu nhap nha toi', 'thu nhap cua toi', 'thu nhap cua nha toi', 'thong tin nha toi', 'thong tin cua nha toi',
      'sdt cua toi', 'so dien thoai cua toi', 'tin nhan cua toi',
    ],
    assistant: ['bot', 'tro ly', 'chatbot', 'ung dung', 'app'],
    asks: [
      'co ai xem', 'ai xem duoc', 'ai duoc xem', 'ai biet duoc', 'ai doc duoc', 'co luu', 'luu gi', 'luu lai', 'luu bao lau', 'giu bao lau', 'luu o dau',
      'de lam gi', 'dung de lam gi', 'dung lam gi', 'dung vao viec gi', 'bao mat', 'bi lo', 'lo ra', 'chia se cho ai', 'gui cho ai', 'gui cho xa', 'co an toan',
    ],
    maxWords: 18,
  },
  /**
   * "thoi tui ko muon khai nua", "thoi khoi", "huy": stop the household check ("Hủy"), only while one is open. `phrases` may
   * stand in a short message (at most `maxWords` words, no question); `whole` only as the whole message. Not "ko lam nua":
   * at the employment question it is an answer ("thằng út ko làm nữa").
   */
  /**
   * "con thieu j", "con may cau nua", "con hoi gi nua ko" at a question of the check (round 36 tryout24; was "Mình chưa hiểu"):
   * what the check still asks, counted, then the question waiting. One of `phrases` in a message of at most `maxWords` words.
   */
  stepsLeft: {
    phrases: [
      'con thieu gi', 'thieu gi nua', 'con thieu cai gi', 'con can gi', 'can gi nua', 'con gi nua', 'con hoi gi', 'hoi gi nua', 'con may cau', 'con bao nhieu cau',
      'may cau nua', 'bao nhieu cau nua', 'con lau khong', 'con nhieu khong', 'con phai tra loi',
    ],
    maxWords: 8,
  },
  stopCheck: {
    phrases: [
      'thoi khoi', 'khong muon khai nua', 'khong khai nua', 'khong muon kiem tra nua', 'khong kiem tra nua', 'khong muon tra loi nua',
      'khong tra loi nua', 'huy kiem tra', 'dung kiem tra', 'ngung kiem tra', 'thoi khong kiem tra', 'thoi khong khai',
    ],
    whole: ['huy', 'huy di', 'huy bo', 'thoi', 'thoi di', 'thoi nha', 'thoi khoi di', 'dung lai', 'ngung lai'],
    maxWords: 10,
  },
  /**
   * "ok ban", "dc", "dong y nha", "cu luu di" (keep the answers) and "thoi khoi", "ko can luu", "dung luu" (do not) to the question
   * whether the household's answers may be kept: what "Đồng ý lưu" and "Không lưu" do (round 14, N38-48). One of `accept` or of
   * `refuse` (never both), each phrase the longest at its place, every other word one of `fillers`, at most `maxWords` words;
   * a yes/no reply (yes-no.ts: "ừ", "ừa", "có", "hông") answers it too. Read only while that question waits: "thoi khoi" is
   * otherwise the end of a check (stopCheck).
   */
  consent: {
    accept: ['ok', 'oke', 'okay', 'duoc', 'dong y', 'dong y luu', 'luu', 'luu di', 'luu lai', 'cu luu', 'co luu', 'luu cung duoc'],
    refuse: [
      'khong luu', 'khong can luu', 'dung luu', 'thoi khoi', 'khoi luu', 'khoi', 'khong can', 'khong dong y', 'khong muon luu', 'dung co luu',
      'thoi dung luu', 'khong cho luu',
    ],
    fillers: ['ban', 'nha', 'nhe', 'a', 'di', 'luon', 'oi', 'vay', 'cu', 'lai', 'roi', 'em', 'minh', 'toi', 'ad', 'thoi', 'de', 'tam', 'dum', 'giup'],
    maxWords: 6,
    /**
     * "tui ko dong y luu" with no check waiting (round 39 mend39a; was "ngoài phạm vi"): a refusal (`refuse`) naming the keeping
     * itself, never "tui ko dong y" alone (a result disputed).
     */
    keeping: ['luu', 'luu lai', 'luu thong tin', 'giu thong tin', 'giu lai thong tin'],
    // "tui ko hieu, luu thong tin la sao", "luu la gi" while the question waits (round 37; was a province's plan quoted for "lưu
    // thông hàng hóa"): what the choice means asked, read anywhere in the message.
    unclear: [
      'luu thong tin', 'luu la sao', 'luu la gi', 'luu nghia la', 'luu de lam gi', 'luu cai gi', 'luu thi sao', 'dong y luu la sao',
      'khong luu la sao', 'luu hay khong luu',
    ],
    /**
     * "vay thi sao" (vậy thì sao), "roi sao" typed alone while the question waits (round 40 mend40a; was "vay" read as a loan, the
     * loans explainer pasted before the choice): what the step means asked, the whole message one of these, or with `fillers` after.
     */
    soWhat: ['vay thi sao', 'vay sao', 'vay la sao', 'vay roi sao', 'roi sao', 'the thi sao', 'the la sao', 'the sao', 'gio sao', 'gio lam sao', 'roi lam sao', 'vay lam sao'],
  },
  /**
   * "co", "ok xoa di", "dong y", "xoa luon" (erase) and "thoi", "ko xoa", "de lai" (keep) typed to the question whether to erase
   * everything kept about the user (after "xoa het thong tin cua tui di"): what "Xóa hết dữ liệu của tôi" and "Không xóa" do.
   * Read as `consent` is (its fillers and word limit), a yes/no reply (yes-no.ts) too; only while that question waits (round 18:
   * typed during a check, "co" was read as the income asked: "Mình chưa hiểu số tiền “co”", nothing erased).
   */
  eraseConfirm: {
    accept: ['ok', 'oke', 'okay', 'duoc', 'dong y', 'xoa', 'xoa di', 'xoa luon', 'xoa het', 'xoa het di', 'xoa sach', 'dong y xoa', 'ok xoa', 'co xoa', 'muon xoa'],
    refuse: ['khong xoa', 'dung xoa', 'thoi', 'thoi khoi', 'khoi', 'khoi xoa', 'khong can', 'khong muon xoa', 'de lai', 'giu lai', 'thoi khong xoa', 'dung'],
  },
  /**
   * "chi tiet", "xem chi tiet di", "noi cu the hon dum", "cho xem day du", "chi tiet hon dc ko": the full text of the last answer given short (a
   * class's list of supports, one line a support). One of `phrases`, every other word one of `fillers`, at most `maxWords` words.
   */
  moreDetail: {
    // Round 19: "noi ky hon dum", "giai thich them dc ko" say it too.
    phrases: [
      'chi tiet', 'cu the', 'day du', 'ro hon', 'ky hon', 'giai thich them', 'giai thich ro', 'giai thich ky',
      // Round 42 (mend43a): "ghi ro so tien", "noi ro muc tien" after a post (was "ngoài phạm vi"): each line with its amount, a
      // figure not known said "chưa rõ" (short.ts fullerPost), never a figure of an older programme.
      'ro so tien', 'ro muc tien', 'ro bao nhieu tien', 'ro muc ho tro', 'so tien cu the', 'muc tien cu the',
    ],
    fillers: [
      'xem', 'coi', 'cho', 'toi', 'em', 'minh', 'xin', 'noi', 'ghi', 'ban', 'hon', 'di', 'nhe', 'nha', 'giup', 'dum', 'gium', 'voi', 'a', 'ra', 'them', 'tung', 'khoan',
      // Round 19: asked as Zalo asks it, "chi tiet hon dc ko", "ad noi ro hon chut dc hok" (was: "ngoài phạm vi").
      'duoc', 'khong', 'ad', 'oi', 'chut', 'ti', 'xiu', 'nua', 'lai',
    ],
    maxWords: 8,
  },
  /**
   * "Kiểm tra hộ gia đình" (the menu button's label, typed), "kiem tra giup nha tui", "tinh giup nha tui voi", "kiem tra" alone:
   * what /kiemtra does (findings35 N35-02). One of `verbs` and one of `objects` (or the whole message one of `alone`), every other
   * word one of `fillers`, at most `maxWords` words; anything more ("… co dc ho ngheo ko", figures) is read as a household or a question.
   */
  startCheck: {
    verbs: ['kiem tra', 'tinh', 'tinh toan', 'xem', 'coi', 'check', 'danh gia', 'xet', 'xet thu', 'tra'],
    objects: [
      'ho gia dinh', 'gia dinh', 'nha', 'ho', 'nha toi', 'nha em', 'nha minh', 'nha con', 'nha chau', 'ho toi', 'ho em', 'ho minh', 'ho nha toi',
      'gia dinh toi', 'gia dinh em', 'gia dinh minh', 'hoan canh nha toi',
    ],
    fillers: ['giup', 'dum', 'gium', 'ho', 'thu', 'cho', 'voi', 'di', 'nhe', 'nha', 'a', 'ban', 'oi', 'toi', 'em', 'minh', 'muon', 'can', 'xin', 'duoc', 'khong', 'lai', 'ngay', 'cua', 'coi', 'duoc khong'],
    alone: ['kiem tra', 'kiem tra ho', 'kiem tra chuan ngheo'],
    /**
     * "kiem tra ho ngheo", "check ho can ngheo giup tui" (round 16): a class as the object of one of `classVerbs` only (not "xet ho
     * ngheo", "xin xet ho can ngheo": being reviewed, the procedure); the check starts with a line on where the procedure is.
     */
    classObjects: ['ho ngheo', 'ho can ngheo', 'ngheo', 'can ngheo'],
    classVerbs: ['kiem tra', 'check'],
    maxWords: 10,
  },
  /**
   * Said of a household's result right after it (round 14, findings38). `supposed` ("neu thu nhap 10 trieu thi sao", "gia su nha
   * co them 1 nguoi"): a what-if, answered as "giả định", never stored; it and `supposedClosers` ("thi sao") are left out before
   * the figures are read. `corrected` ("a nham, nha tui 6 nguoi", "sua lai thu nhap 8 trieu", "ko phai o que, o thanh pho"):
   * what was told, corrected and checked again. `disputed` ("ket qua sai roi", "tinh sai roi ban oi"), in at most `maxWords`
   * words with no figure told: the result is wrong, so what it used is listed. A message that only tells some of the household's
   * facts, with no word of these ("nha tui 6 nguoi", "thu nhap 8 trieu"), corrects the result too, unless it asks: `asks`
   * anywhere ("thanh thi la gi", "o thanh pho bao nhieu"), or `asksLast` as its last word ("nha tui o thanh pho dc ko").
   */
  afterResult: {
    supposed: ['gia su', 'gia dinh', 'gia du', 'gia nhu', 'neu nhu', 'neu', 'lo nhu', 'vi du'],
    supposedClosers: ['thi sao', 'thi the nao', 'thi nhu the nao', 'thi la ho gi', 'thi ra sao', 'thi co khac khong', 'thi sao ban', 'thi sao a', 'thi sao ta', 'thi sao nhi'],
    // "lộn" only in pairs ("ý lộn", "à lộn", "lộn rồi", "nói lộn"): alone it folds like "lớn" ("thằng lớn đi xkld rồi thì sao").
    corrected: ['nham', 'y lon', 'a lon', 'lon roi', 'noi lon', 'ghi lon', 'go lon', 'sua lai', 'sua', 'khong phai', 'ghi lai', 'doi lai', 'dinh chinh', 'noi lai', 'ghi nham', 'go nham'],
    disputed: [
      'sai roi', 'tinh sai', 'ket qua sai', 'sai bet', 'tinh nham', 'ket qua khong dung', 'tinh khong dung', 'sai het', 'bi sai', 'co sai',
      // Round 16: disagreeing, or asking whether it is right ("tui hong dong y", "ket qua nay co chinh xac ko", "vo ly vay").
      'khong dong y', 'hong dong y', 'chua dong y', 'vo ly', 'khong hop ly', 'co chinh xac', 'chinh xac khong', 'khong chinh xac',
      'ket qua co dung', 'ket qua nay co dung', 'tinh vay co dung', 'tinh co dung',
    ],
    /**
     * Round 16: why the result is what it is ("tai sao lai la can ngheo", "rang lai can ngheo" (read "sao lai"), "sao ky vay, nha tui
     * ngheo lam ma"), in at most `maxWords` words naming no support nor the procedure: what it used, with the reasons.
     */
    why: ['tai sao', 'vi sao', 'sao lai', 'sao ky', 'ly do', 'lam sao ma', 'sao ma', 'ngheo lam ma', 'kho lam ma'],
    /**
     * Round 16: the result's class asked back ("z la ho ngheo ha", "rứa là hộ nghèo hay cận nghèo", "vay nha tui la ho can ngheo
     * a"): class words and only these words around them, one of `marks` among them; the class is said again, briefly.
     */
    classAsked: {
      around: [
        'vay', 'the', 'la', 'ho', 'nha toi', 'nha em', 'nha minh', 'nha con', 'gia dinh toi', 'toi', 'em', 'minh', 'thi', 'hay', 'hay la', 'phai',
        'khong', 'ha', 'a', 'hong', 'nhi', 'chu', 'roi', 'da', 'duoc', 'thuoc', 'dien', 'co phai', 'van', 'chi', 'ban', 'oi', 'nen', 'tinh ra',
        'ket qua', 'cuoi cung', 'rot cuoc',
      ],
      marks: ['vay', 'the', 'ha', 'a', 'hay', 'hong', 'khong', 'nhi', 'chu', 'co phai', 'tinh ra', 'ket qua', 'rot cuoc', 'cuoi cung'],
      /** "vay la ho gi", "ho nao": the class asked without naming one. */
      unnamed: ['ho gi', 'ho nao'],
      /** "vay la khong phai ho ngheo ha": the class named as not it. */
      denied: ['khong phai', 'chua phai'],
    },
    asks: [
      'la gi', 'la sao', 'la cai gi', 'nghia la', 'la the nao', 'the nao', 'ra sao', 'o dau', 'bao nhieu', 'bao lau', 'tai sao', 'vi sao',
      'khac gi', 'co phai', 'duoc khong', 'duoc gi', 'lam sao', 'hay khong',
    ],
    asksLast: ['khong', 'chua', 'ha', 'hong', 'nhi', 'sao'],
    /**
     * Round 16: what to do now the result is known ("vay gio tui phai lam gi", "roi gio lam sao", "buoc tiep theo la gi"), in at
     * most `maxWords` words naming no support nor the procedure: the result's next steps (rules/procedure.yaml) for its class.
     */
    nextSteps: {
      asks: ['phai lam gi', 'lam gi tiep', 'gio lam gi', 'gio lam sao', 'lam gi bay gio', 'lam gi gio', 'buoc tiep theo', 'tiep theo lam gi', 'can lam gi', 'phai lam sao', 'roi lam sao', 'lam gi nua', 'lam sao nua',
        'phai di dau', 'di dau', 'hoi ai', 'lien he ai', 'lien he o dau', 'nop o dau', 'dang ky o dau',
        // Round 17: "gio sao ad", "roi sao z", "gio tinh sao" (Southern "what now").
        'gio sao', 'roi sao', 'gio tinh sao', 'gio lam the nao',
        // Round 44 (mend47a): "vay thi sao", "vay sao" typed without marks right after a result are "vậy thì sao" (so what now?),
        // not the loans ("vay dc ko", "vay von thi sao" still are).
        'vay thi sao', 'vay sao', 'vay roi sao', 'the thi sao', 'the sao',
        // "nop giay o dau z", "nop don o dau ad": where to file, the papers named.
        'nop giay o dau', 'nop don o dau', 'nop giay to o dau', 'nop ho so o dau',
        // "tui co can lam don ko", "co phai nop don hok" (round 17): whether to file, answered by the steps (Giấy đề nghị, Mẫu số 04).
        'can lam don', 'phai lam don', 'can nop don', 'phai nop don', 'can lam giay', 'phai lam giay', 'can viet don', 'phai viet don',
        // "lam don nhu the nao ad", "mau don lay o dau": how to file and where the form is (the steps name Mẫu số 04, at UBND cấp xã).
        'lam don nhu the nao', 'lam don the nao', 'viet don the nao', 'lam don sao', 'mau don lay o dau', 'lay mau don o dau', 'xin mau don o dau', 'mau don o dau'],
      // Only these words around them: "khieu nai thi phai lam gi", "mat giay chung nhan phai lam gi" ask something else.
      around: [
        'vay', 'z', 'the', 'gio', 'bay gio', 'h', 'roi', 'tui', 'toi', 'em', 'minh', 'con', 'chau', 'nha tui', 'nha toi', 'nha em', 'nha minh', 'gia dinh tui',
        'thi', 'ban', 'oi', 'ad', 'a', 'ha', 'nhi', 'tiep', 'tiep theo', 'la gi', 'nua', 'can', 'phai', 'di', 'ne', 'sao', 'nhu the nao', 'the nao',
        'co', 'khong', 'hong', 'chua',
      ],
    },
    maxWords: 12,
  },
};
