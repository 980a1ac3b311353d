/**
 * Spoken forms: what people type in Zalo, Messenger and Facebook groups, and the written word each
 * stands for. Read by search (a "ko" never weighs a question down), the chat's free-text understanding
 * and the household interview alike.
 *
 * How a form is matched (see index.ts):
 * - a form written without diacritics ("ko", "dc") matches only a word typed without diacritics, so
 *   "hong" (for "hông") never swallows "hỏng" or "hồng" typed with their marks;
 * - a form written with diacritics ("hông", "dô") matches only that spelling, so the common plain
 *   words "hong", "do" stay what they are;
 * - `atEnd`: forms read this way only as the last word of a message ("co dc ho tro hong");
 * - `except`: phrases (without diacritics) in which the form keeps its own meaning ("vo chong" is
 *   "vợ chồng", not "vào chồng"); `#` in a phrase stands for a word starting with a digit ("vo #":
 *   "vo 2tr" is "vợ 2 triệu");
 * - `particle`: the word carries no content (vậy, nhé, rồi): search drops it.
 * Longer forms win over shorter ones ("bao nhiu" before "nhiu").
 */
import type { SpokenEntry } from './types.ts';

/**
 * "vay" closing a question after its question word ("ho can ngheo la sao vay", "la gi vay ad", "bn vay") is "vậy", never the loan
 * word it folds to (round 23: "ho ngheo la sao vay ad" searched the loans and got the newly escaped household's loan), unless
 * a loan follows ("giay to gi vay von", "o dau vay 50 trieu"); "vay bn" after them is "vậy bạn", read by its own entries below.
 */
const LOAN_AFTER = ['von', 'tien', 'dc', 'duoc', '#', 'ngan hang', 'nhcsxh', 'uu dai', 'them', 'lai', 'nua', 'o', 'cua', 'de', 'cho', 'ko', 'khong', 'hok', 'dau'];
const vayAfter = (asked: readonly string[], canonical: string): SpokenEntry => ({
  canonical: `${canonical} vậy`,
  forms: asked.map((word) => `${word} vay`),
  except: asked.flatMap((word) => [...LOAN_AFTER, 'bn'].map((after) => `${word} vay ${after}`)),
});

/** After a plain "dien": the words that make it "diện", "diễn" or "điện thoại", never the electricity bill (round 25). */
const NOT_ELECTRICITY_AFTER = [
  'ho', 'ngheo', 'can', 'doi', 'chinh', 'bao', 'huong', 'nao', 'gi', 'j', 'nguoi', 'thuoc', 'xet', 'uu', 'gia', 'tre', 'hoc', 'co', 'dac',
  'thoai', 'dt', 'tich', 'tu', 'mao', 'bien', 'ra', 'dan', 'vien', 'tap', 'xuat', 'giai', 'mat',
];

/** "khi mo xong", "luc mo tim": plain "mo" after a when-word that is "mổ" (an operation), one list for every when-word. */
const operationAfter = (when: string): string[] => ['xong', 'ra', 'mat', 'tim', 'ruot'].map((after) => `${when} mo ${after}`);

export const SPOKEN: readonly SpokenEntry[] = [
  // --- chat abbreviations and spoken spellings of common words ---
  // "kg" after a number ("5 kg", "15k/kg") is the kilogram, never "không" (round 32 household19).
  { canonical: 'không', forms: ['ko', 'k', 'kg', 'khg', 'hok', 'hk', 'khum', 'hông', 'hem', 'hổng', 'hôk', 'hơm'], atEnd: ['hong', 'hum'], except: ['# kg'] },
  // "ho ngheo dc bn kg gao" (round 32 household19; was "bao nhiêu không gạo", a passage): "kg" before rice or paddy is the kilogram.
  { canonical: 'ký gạo', forms: ['kg gao'] },
  { canonical: 'ký lúa', forms: ['kg lua'] },
  // Round 25 (tryout7): "hổng" typed plain mid-sentence before what it denies, "ma hong co ten trong danh sach", "co tivi la hong
  // dc lam ho ngheo nua": "không". Plain "hong" elsewhere may be "hỏng" (broken): "bị hỏng", "hư hỏng" keep it.
  { canonical: 'không có', forms: ['hong co'], except: ['bi hong co', 'hu hong co'] },
  // "tui o nha hong lam gi het", "ổng hong di lam" (round 45 resid52; was "ngoài phạm vi"): plain "hong" before "làm", "đi" denies them.
  { canonical: 'không làm', forms: ['hong lam'], except: ['bi hong lam', 'hu hong lam', 'lam hong lam'] },
  { canonical: 'không đi', forms: ['hong di'], except: ['bi hong di', 'hu hong di'] },
  { canonical: 'không được', forms: ['hong dc', 'hong duoc', 'hong đc'], except: ['bi hong dc', 'bi hong duoc', 'hu hong dc', 'hu hong duoc'] },
  { canonical: 'được', forms: ['dc', 'đc', 'dk', 'đk', 'đuợc'] },
  // "ho tui ap chuan nao", "xa ap chuan moi chua" (round 46 resid55; the first was the standard of a hamlet, "ấp" read as rural): a
  // standard applied, never "ấp".
  { canonical: 'áp dụng chuẩn', forms: ['ap chuan', 'áp chuẩn'] },
  { canonical: 'gì', forms: ['j', 'gi', 'ji', 'zì'] },
  // "cam on nhiu nha" (round 19): after thanks "nhiu" is "nhiều", never "bao nhiêu" (the message is thanks, not a question).
  // "nop roi bn lau co ket qua" (round 37 resid37; was the review explainer found by search): "bn lâu" is "bao lâu", no amount.
  { canonical: 'bao lâu', forms: ['bn lau', 'bn lâu', 'bnh lau'] },
  { canonical: 'bao nhiêu', forms: ['bn', 'bnh', 'bnhiu', 'bao nhiu', 'nhiu', 'bao nhìu', 'nhiêu'], except: ['bao nhieu', 'gi nhiu', 'cam on nhiu', 'cam on ban nhiu', 'cam on ad nhiu', 'thanks nhiu', 'tks nhiu'] },
  // Southern "nhiêu" (round 25 tryout7: "chuan ngheo thanh thi bay gio la nhieu" got the whole card, 4.293 characters): typed with
  // its mark anywhere (above); plain "nhieu" ("nhiều") only closing the message after "là", "được".
  { canonical: 'là bao nhiêu', forms: ['là nhiêu'], atEnd: ['la nhieu'] },
  { canonical: 'được bao nhiêu', forms: ['được nhiêu', 'đc nhiêu', 'dc nhiêu'], atEnd: ['dc nhieu', 'duoc nhieu'] },
  // "phiếu A là gì vậy bn", "phieu a la gi vay bn": "bn" after "vậy" ending a question is "bạn"; "vay bn" alone stays a loan
  // asked ("ho ngheo dc vay bn"), so without diacritics only after a question word.
  // "ho ngheo co dc giam hoc phi ko bn" (round 23): "bn" after the "không"/"chưa" ending a yes/no question is "bạn", never the
  // amount asked ("dc bn tien", "bn mot thang" stay "bao nhiêu").
  { canonical: 'không bạn', forms: ['không bn'], atEnd: ['ko bn', 'k bn', 'kg bn', 'hok bn', 'hk bn', 'khong bn', 'hong bn', 'khum bn'] },
  { canonical: 'chưa bạn', forms: ['chưa bn'], atEnd: ['chua bn'] },
  { canonical: 'vậy bạn', forms: ['vậy bn', 'zậy bn', 'dzậy bn', 'z bn', 'v bn'], particle: true },
  { canonical: 'gì vậy bạn', forms: ['gi vay bn', 'j vay bn', 'ji vay bn'] },
  { canonical: 'sao vậy bạn', forms: ['sao vay bn'] },
  { canonical: 'nào vậy bạn', forms: ['nao vay bn'] },
  { canonical: 'đâu vậy bạn', forms: ['dau vay bn'] },
  vayAfter(['la sao'], 'là sao'),
  vayAfter(['la gi', 'la j'], 'là gì'),
  vayAfter(['gi', 'j'], 'gì'),
  vayAfter(['bn', 'bao nhieu', 'bao nhiu'], 'bao nhiêu'),
  vayAfter(['the nao'], 'thế nào'),
  vayAfter(['ra sao'], 'ra sao'),
  vayAfter(['o dau'], 'ở đâu'),
  { canonical: 'nhiều', forms: ['nhìu'] },
  // "tau" (Central, round 23: "me tau 80 tuoi o voi vo chong tau"): the speaker, except where it is a boat or a train.
  {
    canonical: 'tôi',
    forms: ['tui', 't', 'toy', 'tau'],
    except: ['di tau', 'tau ca', 'tau thuyen', 'chu tau', 'len tau', 'xuong tau', 'ga tau', 'tau hoa', 'tau lua', 've tau', 'bang tau', 'tien tau', 'tau bay', 'tau xe', 'con tau', 'chiec tau', 'dong tau', 'vao tau',
      // Round 35 (mend35f): "o vung tau", "ba ria vung tau" name the province (were "vùng tôi": a search, "ngoài phạm vi").
      'vung tau'],
  },
  { canonical: 'em', forms: ['e'] },
  // "ong noi 76 tuoi o chung vs vo chong tui va 1 chau" (round 46 mend50a; was 3 people, the grandfather left out): "vs" is
  // "với", except where it is the toilet ("nhà vs", "đi vs", "hố xí vs": INDICATOR_ABBREVIATIONS reads it in a list).
  { canonical: 'với', forms: ['vs'], except: ['nha vs', 'di vs', 'hop vs', 'cho vs', 'khu vs', 'co vs', 'lam vs', 'xay vs', 'sua vs', 'phong vs', 'wc vs', 'vs tam', 've vs'] },
  { canonical: 'mình', forms: ['mk', 'mik', 'mềnh', 'mh'] },
  {
    canonical: 'vào',
    forms: ['vo', 'dô', 'zô', 'zo', 'dzô', 'vô'],
    // "vo" before what a wife earns is "vợ": "chồng làm 5 triệu, vợ làm 5 triệu", "vợ bán rau 2 triệu", "chong 3 trieu, vo 2 trieu";
    // after marrying or living with one too.
    except: [
      'vo chong', 'vo con', 'vo toi', 'vo tui', 'vo minh', 'vo em', 'vo anh', 'vo ck', 'vo va', 'vo oi',
      'vo lam', 'vo kiem', 'vo ban', 'vo luong', 'vo thi', 'vo may', 'vo buon', 'vo phu', 'vo di lam', 'vo o nha', 'vo #', 'vo dc #', 'vo duoc #',
      // "con trai tui moi cuoi vo ra o rieng" (round 18): a wife taken, never "cưới vào".
      'cuoi vo', 'lay vo', 'voi vo',
      // "con tien tap vo cho tui nho thi sao" (round 45 resid52; was "ngoài phạm vi"): school notebooks ("tập vở", "sách vở"), never "vào".
      'tap vo', 'sach vo', 'but vo',
      // "vo tau bi khuyet tat" (Central "tau", round 23): "vợ tau", never "vào tàu".
      'vo tau',
      // "vo mat som, tui nuoi 2 dua nho", "goa vo nuoi con" (round 40 resid40): a wife who died, a widower; never "vào".
      'vo mat', 'vo chet', 'vo qua doi', 'goa vo', 'mat vo',
    ],
  },
  // "hộ cận nghèo là gì vậy": typed with its marks too, never the loan word "vay" it folds to (`typed`).
  { canonical: 'vậy', forms: ['v', 'z', 'dzậy', 'zậy', 'vại', 'dzay', 'zay', 'zị', 'dị'], particle: true, typed: true },
  // "vay tui phai lam sao" after an answer (round 38 mend38b; was the loan explainer): "vay" opening a message before who speaks is
  // "vậy" (so), no loan.
  ...([['tôi', 'tui', 'toi'], ['mình', 'minh'], ['em', 'em']] as const).map(([who, ...typed]): SpokenEntry => ({
    canonical: `vậy ${who}`, forms: [`dzậy ${typed[0]}`], atStart: [...new Set(typed.map((plain) => `vay ${plain}`))],
  })),
  { canonical: 'điện thoại', forms: ['dt', 'đt', 'dthoai', 'đthoại'] },
  // "viet bai dang nhom zalo ve dien", "ho ngheo dc ho tro dien ko" (round 25: a passage of an explainer, "ve tien dien" was the
  // electricity card): typed plain, "dien" after "về", "hỗ trợ" is the electricity ("tiền điện"), except where it is "diện" (a
  // category: "về diện hộ nghèo", "diện chính sách"), "diện tích", "điện thoại", "điện tử", "diễn biến", "diễn ra". "cúp điện" is a
  // power cut ("lich cup dien xom tui": out of scope), not the bill.
  ...(['ve', 'ho tro'] as const).map((lead): SpokenEntry => ({
    canonical: `${lead === 've' ? 'về' : 'hỗ trợ'} tiền điện`,
    forms: [`${lead} dien`],
    except: NOT_ELECTRICITY_AFTER.map((after) => `${lead} dien ${after}`),
  })),
  // "dien ho ngheo" opening a message (round 33 follow22; was the electricity explainer's passage, then "ai tra" searched): the
  // poor household's electricity bill (so is "điện hộ nghèo" typed with its marks anywhere), unless it goes on as the category ("dien ho ngheo la gi", "… dc ho tro gi", "… gom ai").
  {
    canonical: 'tiền điện hộ nghèo',
    forms: ['điện hộ nghèo'],
    atStart: ['dien ho ngheo'],
    except: ['la', 'duoc', 'dc', 'gom', 'co', 'thi', 'can', 'phai', 'va', 'hay', 'nao', 'xet', 'den', 'trong', 'theo', 'moi', 'cua'].map((after) => `dien ho ngheo ${after}`),
  },
  { canonical: 'người', forms: ['ng', 'ngừi'] },
  { canonical: 'người ta', forms: ['ngta', 'ng ta'] },
  { canonical: 'như thế nào', forms: ['ntn'] },
  // "chừ", "bây chừ" (Central, round 14) only typed with their marks: plain "chu" is "chú", "chữ", "chủ".
  // Round 34 (mend34b): "bh y te ho can ngheo dc bn" got the supports explainer ("bh" read "bây giờ"): "bh" before "y tế" is
  // "bảo hiểm" (longer forms win).
  { canonical: 'bảo hiểm y tế', forms: ['bh y te', 'bh yte', 'bh y tế', 'bh ytế'] },
  { canonical: 'bây giờ', forms: ['bh', 'bjo', 'bi h', 'bi giờ', 'bi gio', 'bây chừ', 'bi chừ', 'chừ'] },
  { canonical: 'hôm nay', forms: ['hnay', 'bữa nay'] },
  { canonical: 'cũng', forms: ['cx', 'cg', 'cũm'] },
  { canonical: 'muốn', forms: ['mún', 'mun'] },
  { canonical: 'luôn', forms: ['lun'] },
  { canonical: 'rồi', forms: ['r', 'rùi', 'ròi', 'oy'], particle: true },
  { canonical: 'thôi', forms: ['thui'], particle: true },
  { canonical: 'ạ', forms: ['ak', 'ah', 'ạk'], particle: true },
  { canonical: 'qua', forms: ['wa', 'woa'] },
  { canonical: 'làm', forms: ['lm'] },
  { canonical: 'trước', forms: ['trc'] },
  { canonical: 'biết', forms: ['bít', 'bik'] },
  // "ko hiu" (round 39 mend39a; was "ngoài phạm vi"): "hiểu" typed as said, read as "ko hieu" is.
  { canonical: 'hiểu', forms: ['hiu', 'hỉu'] },
  { canonical: 'không biết', forms: ['kb'] },
  { canonical: 'chồng', forms: ['ck'] },
  { canonical: 'vợ', forms: ['vk'] },
  { canonical: 'mọi người', forms: ['mn', 'mng'] },
  // "hộ NCT", "1 NCT 72 tuổi": a commune cadre's short form, the one place it is written out for search, chat and the household reader.
  { canonical: 'người cao tuổi', forms: ['nct'], cadres: true },
  { canonical: 'nhất', forms: ['nhứt'] },
  { canonical: 'về', forms: ['dìa', 'zìa'] },
  // --- Southern and Central words ("hổng có" is "không có" through "hổng" above) ---
  // "nhỏ" is kept: a small child is under 16, a dependant for the household reader ("2 đứa nhỏ").
  { canonical: 'con nhỏ', forms: ['thằng nhỏ', 'thang nho', 'đứa nhỏ', 'dua nho'] },
  // "2 vo chong voi tui nho 3 dua": "tui nho" is "tụi nhỏ" (the children), never "tôi" (findings N37-01).
  { canonical: 'tụi nhỏ', forms: ['tui nho', 'tụi nho', 'tui nhỏ'] },
  { canonical: 'nông thôn', forms: ['ở quê', 'dưới quê', 'o que', 'duoi que', 'miệt quê'] },
  { canonical: 'khoảng', forms: ['chừng', 'tầm', 'cỡ', 'cỡ chừng', 'khoảng chừng'] },
  // "ừa" (Southern "ừ"), typed with its marks: plain "ua" is also "ủa" (surprise, "huh?"), no answer (round 14, N38-27).
  { canonical: 'ừ', forms: ['ừa'] },
  { canonical: 'ở đâu', forms: ['ở mô', 'o mo'] },
  // Round 12 (findings35 N35-21): "nha o mô thi dc xet ho ngheo, o ni co dc ko" asks where a household lives (is reviewed), never
  // "nhà ở" (housing); "ở ni", "chỗ ni" (Central) = "ở đây".
  // Round 31 (words16): "xin ho tro lam nha o dau", "cat nha o dau" ask where the house to build is applied for (was "làm sống ở
  // đâu", no topic): after a building verb "nhà" is the house.
  {
    canonical: 'sống ở đâu',
    forms: ['nhà ở mô', 'nha o mô', 'nha o mo', 'nhà ở đâu', 'nha o dau', 'nhà ở chỗ mô'],
    except: ['lam nha o dau', 'xay nha o dau', 'cat nha o dau', 'sua nha o dau', 'dung nha o dau', 'lam nha o mo', 'xay nha o mo', 'cat nha o mo', 'sua nha o mo'],
  },
  { canonical: 'ở đây', forms: ['ở ni', 'o ni', 'chỗ ni', 'cho ni', 'bên ni', 'ben ni'] },
  { canonical: 'thế nào', forms: ['ra răng', 'làm răng'] },
  // Central (Huế, Quảng): "răng mà" = "sao mà", "mần răng" = "làm sao"; "răng" alone only as the last word ("thì răng"), since
  // "răng" is also a tooth ("trồng răng", "nhổ răng"); "mô" = "đâu" (below: not in "mô hình", "quy mô"), "đi mô", "chỗ mô" with their marks (plain "di mo" is also "đi mổ");
  // "như ri" = "như thế này"; "rứa" = "vậy" (typed with its marks: plain "rua" is "rửa").
  { canonical: 'làm sao', forms: ['răng mà', 'rang ma', 'mần răng', 'man rang'] },
  { canonical: 'thì sao', forms: ['thì răng', 'thi rang'] },
  // Round 14: "răng nhà tui ko đc xét" (why was my household not reviewed): "răng" opening a message is "sao" too.
  { canonical: 'sao', forms: ['răng rứa'], atEnd: ['răng', 'rang'], atStart: ['răng', 'rang'] },
  // "răng không" (typed without marks: opening the message) is "sao lại không" (of course), not "sao" + "không": a yes at an
  // interview question (yes-no.ts).
  // "dạ răng không" (yes, of course, politely): read the same.
  { canonical: 'sao lại không', forms: ['răng không'], atStart: ['rang khong', 'da rang khong'] },
  // Round 37 (mend37e): "mô có ai giúp ko", "ko bít j mô, ai chỉ cho" (Central "mô" = "đâu" anywhere it stands alone) found
  // passages on "mô hình": "mô" typed with its mark is "đâu" except in the words it belongs to ("mô hình", "quy mô", "mô tả",
  // the commune Mô Rai …; "mổ", "mộ" have their own marks). Plain "mo" only where nothing else fits: "j mo" / "gi mo"
  // ("gì đâu"), "mo co" opening.
  {
    canonical: 'đâu',
    forms: ['chỗ mô', 'đi mô', 'mô'],
    except: ['mo hinh', 'quy mo', 'mo ta', 'mo phong', 'mo to', 'mo dun', 'mo men', 'mo mem', 'mo seo', 'mo tip', 'te bao mo', 'mo rai'],
  },
  { canonical: 'gì đâu', forms: ['j mo', 'gi mo'], except: ['j mo hinh', 'gi mo hinh'] },
  { canonical: 'đâu có', forms: ['mô có'], atStart: ['mo co'] },
  // Round 38 (resid38): "mô có ai giúp ko", "o mo co ai giup ko" (Central: is there anyone, anywhere, to help) ask what "có ai giúp
  // ko" asks (was "đâu có ai …", read as nobody helping: after a household's result not the help its check gives, and "ở đâu có ai"
  // a plan's passage found by "ở"); "ở đâu có ai giúp" the same.
  // Round 38 (mend38b): only asked, the message ending with help asked ("giúp ko", "hỗ trợ dc ko"): "mô có ai tới nhà tui rà soát
  // hết, rứa mà xã nói nhà tui thoát nghèo" is "đâu có ai" (nobody came; was read as anyone).
  {
    canonical: 'có ai', forms: ['mô có ai', 'ở mô có ai', 'o mo co ai', 'ở đâu có ai', 'o dau co ai', 'chỗ mô có ai', 'cho mo co ai'], atStart: ['mo co ai'],
    messageEnds: ['giup', 'giup do', 'ho tro', 'giup dc', 'giup duoc', 'ho tro dc', 'ho tro duoc', 'giup do dc', 'giup do duoc'].flatMap((help) =>
      ['ko', 'k', 'khong', 'hok', 'hong', 'hem', 'khum', 'ko ad', 'ko bn', 'ko ban', 'khong ban', 'ko vay', 'ko rua', 'ko a', 'ko ha', 'voi', 'dum']
        .map((asked) => `${help} ${asked}`)),
  },
  // "xa mo co ai xuong nha tui ra soat" (round 38 mend38b; was a household's check started): "mô có ai" typed plain inside a message
  // and not asking for help (above) is "đâu có ai", nobody.
  { canonical: 'đâu có ai', forms: ['mo co ai'] },
  // Round 37 (resid37): "khi mo thi ra soat" (Central "khi mô" = "khi nào"; was the review explainer, no day): plain "mo" after
  // "khi", "lúc", "bữa", "tháng" asks when ("lúc mổ", "khi mổ xong" keep the operation).
  { canonical: 'khi nào', forms: ['khi mô', 'khi mo'], except: operationAfter('khi') },
  { canonical: 'lúc nào', forms: ['lúc mô', 'luc mo'], except: operationAfter('luc') },
  { canonical: 'bữa nào', forms: ['bữa mô', 'bua mo'] },
  { canonical: 'tháng nào', forms: ['tháng mô', 'thang mo'] },
  { canonical: 'như thế này', forms: ['như ri', 'nhu ri'] },
  // Round 38 (resid38): "truong tu thi sao" after the school-fee card (was every line of it with "trường", the public schools' first:
  // "từ" is a follow-up's word, "tư" folds to it): "trường tư" is "trường tư thục", the private school, its own line.
  // Round 38 (mend38b): only ending a clause or before what is asked of it ("thì", "có", "được", "ko", "học phí"): "con tui di bo toi
  // truong tu nha", "nghi hoc truong tu hom qua" say "từ" (from; was the school-fee card for the private school).
  {
    canonical: 'trường tư thục', forms: ['trường tư', 'truong tu'],
    except: ['truong tu thuc', 'truong tu lap', 'truong tu chu', 'truong tu nam', 'truong tu ngay', 'truong tu thang', 'truong tu #'],
    followedBy: ['thi', 'co', 'dc', 'duoc', 'ko', 'khong', 'hok', 'hoc phi'],
  },
  // Round 17: "mần giấy hộ nghèo ở đâu dzậy", "man ho so can ngheo" (Southern, Central "mần" = "làm").
  // Round 18: plain "man" too ("man nha ho ngheo dc ho tro ko", "chong man thue", "ong xa man thue 200k 1 ngay", "man don o dau"),
  // except where it is "màn", "mặn", "mãn", "mận": before "hình", "tính", "nguyện", "xâm" …, after "khai" ("khai man": a false
  // declaration), "nước", "nhiễm", "ruộng bị" (salt water, salty land), "trái", "cây" (plums), "kéo", "tấm" (a curtain). Not after
  // "vì", "do", "đất", "hạn": "vi man thue", "co dat man ruong", "het han man giay" are "làm".
  {
    canonical: 'làm',
    forms: ['mần', 'man'],
    except: [
      'man hinh', 'man tinh', 'man nguyen', 'man han', 'man kiep', 'man cuoc', 'man doi', 'man nhan', 'man che', 'man cua', 'man xam', 'man man', 'man ma',
      'man troi', 'man dem', 'man anh', 'man ngot',
      ...['khai', 'nuoc', 'nhiem', 'an', 'trai', 'cay', 'vuon', 'keo', 'tam', 'buc', 'mung', 'muoi', 'mam', 'ruong bi', 'dat bi', 'nuoc bi', 'dat nhiem'].map((before) => `${before} man`),
    ],
  },
  // "ho ngheo thi dc nhung cai chi rua" (round 22): plain "rua" closing a message is "rứa" too, never "rửa".
  { canonical: 'vậy', forms: ['rứa'], atEnd: ['rua'], particle: true },
  // Round 16: "rua la ho ngheo hay can ngheo" (typed without marks, opening a message): "rứa là" = "vậy là", never "rửa".
  { canonical: 'vậy là', forms: ['rứa là'], atStart: ['rua la'] },
  // "chi" = "gì" only in phrases that cannot be "chị" (a sister addressed) or "chi" (spend: "chi trả", "chi tiền").
  { canonical: 'cái gì', forms: ['cái chi', 'cai chi'], except: ['cai chi phi', 'cai chi tieu', 'cai chi tra'] },
  { canonical: 'giấy tờ gì', forms: ['giấy tờ chi', 'giay to chi'] },
  { canonical: 'hỗ trợ gì', forms: ['hỗ trợ chi', 'ho tro chi'], except: ['ho tro chi phi', 'ho tro chi tra', 'ho tro chi tieu'] },
  { canonical: 'làm gì', forms: ['làm chi', 'lam chi'], except: ['lam chi phi', 'lam chi tieu', 'lam chi tra'] },
  // "hộ nghèo được chi" (what does a poor household get), not "được chi trả", "được chi tiền".
  { canonical: 'được gì', forms: ['được chi', 'duoc chi', 'đc chi', 'dc chi'], except: ['duoc chi tra', 'duoc chi tien', 'duoc chi phi', 'duoc chi tieu', 'duoc chi ho', 'dc chi tra', 'dc chi tien', 'dc chi phi', 'dc chi tieu', 'dc chi ho'] },
  // "hu tri" (one letter dropped from "huu tri"): nothing else it could be.
  { canonical: 'hưu trí', forms: ['hu tri'] },
  // Round 22: "nghèo" mistyped on a small keyboard ("ho can nghieo dc j", "ho can ngeo", "hộ ngèo"): nothing else they could be.
  // Round 34 (mend34b): "can nghoe dc vay bn" (two letters swapped) got every class's loan card: nothing else "nghoe" could be.
  { canonical: 'nghèo', forms: ['nghieo', 'ngeo', 'ngèo', 'nghẻo', 'nghoe'] },
  // "ho cn dc j": "cn" after "hộ" is "cận nghèo" (alone it is also "công nhân", "chủ nhật", "cá nhân").
  { canonical: 'hộ cận nghèo', forms: ['ho cn', 'hộ cn'] },
  // Round 35 (staff23): cadres write "HN", "HCN" for the classes ("HN, HCN có được hỗ trợ tiền điện không", "tỷ lệ HN đa chiều năm
  // 2025", "HCN được BHYT bao nhiêu phần trăm"); were Hà Nội's own standard, a passage of Hưng Yên's resolution, every class's card.
  // "HCN" is nothing else here; "hn" stays Hà Nội where a place is said ("o hn", "ra hn", "tp hn", "hn co chuan rieng ko").
  { canonical: 'hộ cận nghèo', forms: ['hcn', 'hộ hcn', 'ho hcn'], cadres: true },
  {
    canonical: 'hộ nghèo',
    forms: ['hn', 'hộ hn', 'ho hn'],
    cadres: true,
    except: [
      'o hn', 'tai hn', 'ra hn', 've hn', 'len hn', 'den hn', 'di hn', 'vo hn', 'vao hn', 'tu hn', 'tp hn', 'thanh pho hn', 'thu do hn', 'tinh hn',
      'hn co chuan', 'hn chuan rieng', 'hn thi sao', 'hn ap dung',
      // Round 35 (mend35d): beside the standard's words HN is the city ("chuan ngheo HN bn"; was the national card only).
      'chuan ngheo hn', 'chuan ngheo cua hn', 'chuan hn', 'chuan cua hn', 'chuan rieng hn', 'chuan rieng cua hn', 'muc chuan hn',
    ],
  },
];

/**
 * How a commune cadre writes a question, not a resident (round 39 short31; read by wordingOf in index.ts, the one place the chat
 * tells them apart). `openings`: the formal formula a message starts with ("Đề nghị cho biết …", "Xin hỏi quy định …", "Kính
 * hỏi …"), whatever else it holds; `words`: the words of the documents asked of ("theo quy định nào", "căn cứ pháp lý"), in a
 * message with no sign of a resident's typing (spoken forms, or no diacritics at all).
 */
export const FORMAL_WORDING = {
  openings: ['de nghi', 'xin hoi', 'xin cho biet', 'xin cho hoi', 'xin duoc hoi', 'kinh hoi', 'kinh gui', 'kinh de nghi', 'dong chi cho', 'd c cho'],
  words: ['quy dinh', 'can cu', 'van ban nao', 'dieu khoan', 'tai dieu', 'theo dieu', 'khoan nao'],
};
