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
   * "thoi tui ko muon khai nua", "thoi khoi", "huy": stop the household check ("Hủy"), only while one is open. `phrases` may
   * stand in a short message (at most `maxWords` words, no question); `whole` only as the whole message. Not "ko lam nua":
   * at the employment question it is an answer ("thằng út ko làm nữa").
   */
  stopCheck: {
    phrases: [
      'thoi khoi', 'khong muon khai nua', 'khong khai nua', 'khong muon kiem tra nua', 'khong kiem tra nua', 'khong muon tra loi nua',
      'khong tra loi nua', 'huy kiem tra', 'dung kiem tra', 'ngung kiem tra', 'thoi khong kiem tra', 'thoi khong khai',
    ],
    whole: ['huy', 'huy di', 'huy bo', 'thoi', 'thoi di', 'thoi nha', 'thoi khoi di', 'dung lai', 'ngung lai'],
    maxWords: 10,
  },
};
