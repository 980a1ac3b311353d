/**
 * Words that may stand between the words of a phrase (without diacritics): "nhà thuê chật" and "nhà tui
 * thuê chật lắm" say "nhà chật", "giếng bị phèn" says "giếng phèn", "nước giếng nhà tui bị ô nhiễm"… so the
 * lists name each thing once instead of every way of saying it. Read by the one phrase matcher (index.ts,
 * phraseEnd) that the chat's topics, the household reader and search share.
 *
 * `words`: possessives and words of degree or time that do not change what a phrase names.
 * `reach`: at most this many in one gap.
 * `notAfterGap`: phrase words that, after a gap, begin another part of the sentence rather than end the phrase:
 * "nhà tui là hộ nghèo" is not "nhà lá", "nhà tui ở quê" not "nhà ở" (housing), "nhà tui tầm 3 triệu" (typed
 * "tam") not "nhà tạm", "mẹ tui còn khỏe" not "mẹ con", "nước tui mua" not "nước mưa"; these count in a phrase
 * only right after its previous word.
 * `compounds`: words whose first syllables, without diacritics, are another word of a list: "đại học" (typed "dai hoc") is
 * no "đài" (radio, an information-access word), "số điện thoại" no "số điện" (kWh, electricity); a phrase that is only the
 * compound's beginning is not said there.
 * `classAfter`: a household's class said right after `word` ("nhà cận nghèo bị dột nát", "nhà tui hộ nghèo nhà tranh"): it
 * stands between the first two words of a phrase beginning with `word` as one more filler, beyond `reach`, so "nhà cận nghèo
 * bị dột nát" says "nhà dột nát" as "nhà bị dột nát" does; a word of `notAfterGap` still begins another part after it ("nhà
 * nghèo ở quê" is no "nhà ở").
 * `notFiller`: a filler word that, right after the word before it here, is a word of its own, not a filler: "sắp tới" (typed
 * "sap toi") is "soon", no "tôi", so "bão sắp tới nhà tui nghèo" says no "bão sập nhà" nor "sập nhà" (round 32 words17; was the
 * notice for a house lost to a disaster); "làm thuê" is hired work, no "làm … nhà" (round 33 words18); "cất nhà" (Southern) is
 * building a house, no "cắt … hộ nghèo" (round 33 mend33a).
 */
export const GAPS = {
  words: ['nha', 'toi', 'minh', 'em', 'tao', 'bi', 'rat', 'hoi', 'kha', 'da', 'dang', 'van', 'cung', 'that', 'thue'],
  reach: 2,
  notAfterGap: ['la', 'o', 'co', 'con', 'tam', 'thi', 'mua', 'do', 'duoc', 'khong', 'chua', 'cho', 'di', 'va', 'voi', 'ma', 'de'],
  // Round 32 (tryout19): "nha o vung cao", "nha o tren nui" ("nhà ở vùng cao": where the house is) are no "nhà ở" (housing): "tui
  // nguoi dan toc, nha o vung cao, nuoc sinh hoat ko co, dc ho tro j ko" got the housing card.
  compounds: [
    'dai hoc', 'so dien thoai', 'xai dien thoai', 'dung dien thoai',
    'nha o vung cao', 'nha o vung sau', 'nha o vung xa', 'nha o vung nui', 'nha o tren nui', 'nha o tren doi', 'nha o mien nui', 'nha o trong nui',
    'nha o trong ban', 'nha o tren ban',
  ],
  classAfter: { word: 'nha', classes: ['ho can ngheo', 'can ngheo', 'ho ngheo', 'ngheo'] },
  // "chong tui di lam thue, nha ngheo co dc ho tro j ko" (round 33 words18; was the housing card, "làm [thuê] nhà" read as "làm nhà",
  // and "tui di lam thue, ho ngheo …" the procedure, "làm [thuê] hộ nghèo"): "thuê" after "làm", "cày", "gặt" is hired work.
  // "tien cat nha ho ngheo dc bao nhieu" (round 33 mend33a; was the card of a household taken off the list, "cắt [nhà] hộ nghèo"):
  // "nhà" after "cất" is the house built.
  notFiller: ['sap toi', 'lam thue', 'cay thue', 'gat thue', 'cat nha'],
};
