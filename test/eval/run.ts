/**
 * `npm run eval`: quality figures, one section each. Search: hit@1, hit@3 and MRR per group of askers
 * (residents in their own typing, residents and cadres from the first set with and without
 * diacritics, outreach staff), then the questions missed; households told in one sentence. Another
 * section is one more function in SECTIONS.
 */
import { loadSearchEngine } from '../../src/search/engine.ts';
import { loadRules } from '../../src/rules/index.ts';
import { HOUSEHOLD_EVAL_DATE, loadHouseholdSentences, scoreSentences } from './households.ts';
import { ROUTING_EVAL_TODAY, ROUTING_GROUPS, scoreRouting } from './routing.ts';
import { loadQuestions, score, withoutDiacritics, type EvalQuestion, type Scores } from './evaluate.ts';

const format = (value: number) => value.toFixed(3).padStart(7);

function table(rows: [string, Scores][]): void {
  console.log(`${'nhóm'.padEnd(44)}${'số câu'.padStart(7)}${'hit@1'.padStart(7)}${'hit@3'.padStart(7)}${'MRR'.padStart(7)}`);
  for (const [name, scores] of rows) {
    console.log(`${name.padEnd(44)}${String(scores.questions).padStart(7)}${format(scores.hitAt1)}${format(scores.hitAt3)}${format(scores.mrr)}`);
  }
}

function searchSection(): void {
  const engine = loadSearchEngine();
  const rank = (question: string) => engine.search(question, { limit: 10 }).map((result) => result.passageId);
  const first = loadQuestions('questions');
  const typed = loadQuestions('residents');
  const unseen = loadQuestions('unseen');
  const documents = loadQuestions('documents');
  const by = (questions: EvalQuestion[], asker: EvalQuestion['asker']) => questions.filter((question) => question.asker === asker);
  const rows: [string, Scores][] = [
    ['người dân, gõ như trên Zalo (residents.yaml)', score(by(typed, 'resident'), rank)],
    ['người dân, bộ đầu, có dấu', score(by(first, 'resident'), rank)],
    ['người dân, bộ đầu, không dấu', score(withoutDiacritics(by(first, 'resident')), rank)],
    ['cán bộ, có dấu', score(by(first, 'cadre'), rank)],
    ['cán bộ, không dấu', score(withoutDiacritics(by(first, 'cadre')), rank)],
    ['tuyên truyền viên (residents.yaml)', score(by(typed, 'outreach'), rank)],
    ['người dân, câu mới vòng 3 (unseen.yaml)', score(by(unseen, 'resident'), rank)],
    ['cán bộ, câu mới vòng 3 (unseen.yaml)', score(by(unseen, 'cadre'), rank)],
    ['tuyên truyền viên, câu mới vòng 3 (unseen.yaml)', score(by(unseen, 'outreach'), rank)],
    ['văn bản của tỉnh, vòng 9 (documents.yaml)', score(documents, rank)],
  ];
  console.log('Tìm kiếm: câu hỏi → đoạn văn bản trả lời (hit@k: có đoạn đúng trong k kết quả đầu).\n');
  table(rows);
  const misses = rows.flatMap(([, scores]) => scores.misses);
  if (misses.length > 0) {
    console.log(`\nKhông có đáp án trong 3 kết quả đầu (${misses.length}):`);
    for (const miss of misses) console.log(`- ${miss.question}\n    cần: ${miss.expected.join(', ')}\n    được: ${miss.got.join(', ') || '(không có)'}`);
  }
}

/** Households told in one sentence: share understood exactly (area, members, income, deprivations). */
function householdSection(): void {
  const rules = loadRules();
  for (const [file, name] of [['households', 'bộ đầu'], ['unseen', 'câu mới vòng 3'], ['round4', 'câu mới vòng 4 (người phụ thuộc, tuổi, m², thời điểm)'], ['round5', 'câu mới vòng 5 (từ chen giữa, hai người cùng mức thu nhập, số điện thoại/CCCD)'], ['round6', 'câu mới vòng 6 (nhiều người có thu nhập, số điện thoại/CCCD, m², cách nói tiền)'], ['round7', 'câu mới vòng 7 (người kể từng người, tuổi cách dấu phẩy, số ngày công, chữ đọc nhầm thành tiền)'], ['round8', 'câu mới vòng 8 (địa chỉ gõ tắt, làm mướn, mùa vụ, chục triệu, tía má)'], ['round9', 'câu mới vòng 9 (tự sửa lời, khoảng thu nhập, ngày trong tuần, bữa, phủ định cả danh sách, thu nhập quá cao)'], ['round10', 'vòng 10 (tiền: 6tr5 tháng, thu nhập năm, tiền công ngày, nhiều khoản, sửa số, chai/xị)'], ['round11', 'vòng 11 (lời người dân findings14: tole dột, sài gòn, sống nhờ trợ cấp, tháng 1 năm sau/năm nay, khoảng tiền, sửa số)'], ['round12', 'vòng 12 (lời người dân findings17: nhà cấp 4 cũ, tổng cộng, người phụ thuộc theo tuổi, khe suối, nước mưa dột, vách ván)'], ['round13', 'vòng 13 (lời người dân findings31: người trong hộ kể theo vai, thứ tự nào cũng được — vợ chồng, ông bà, ba mẹ, tui, con, cháu)'], ['round14', 'vòng 14 gõ như trên Zalo (phụ hồ, công nhật, thời vụ, hợp đồng; TP X, thị xã, phường/xã)'], ['round15', 'vòng 15 gõ như trên Zalo (ba má, đi làm ở Sài Gòn, tiền từ bán rau, cầu tiêu ao cá)'], ['round16', 'vòng 16 gõ như trên Zalo (tụi nhỏ 2 đứa, ổng bả, anh em tui, hai người làm ra tiền, 1 trăm 50 triệu, mùa lúa, thị trấn)'], ['round17', 'vòng 17 gõ như trên Zalo (300k/ngày, 3tr5, 4 củ, 9 chục triệu, tía má ở với vợ chồng tui, ông bà nội đều trên 70, chuẩn mới)'], ['round18', 'vòng 18 gõ như trên Zalo (mần thuê, làm hồ theo ngày, lương hưu, trợ cấp, nhà lá, lít, xị, chục triệu, tiền tuần)'], ['round19', 'vòng 19 gõ như trên Zalo (tau, u, khẩu, xuất khẩu lao động gửi về, cấy thuê, công nhật, lứa, chục triệu, triệu rưỡi, trợ cấp khuyết tật, lương hưu, m²)'], ['round20', 'vòng 20 gõ như trên Zalo (bố mẹ già kể tuổi, bố mất rồi, lứa heo/gà, mùa lúa nói trước, làm thuê ngày … tháng làm N ngày, nợ ngân hàng, mái lá, làm thuê mùa mía)'], ['round21', 'vòng 21 gõ như trên Zalo (đi hồ, làm mướn ngày … mỗi người, bữa nào có việc, 1 năm làm chừng 40 ngày, năm ngoái nhà tui thu, lứa heo 1 năm 1 lứa, lương hưu, trợ cấp khuyết tật, ông bà nội đều trên 70)'], ['round22', 'vòng 22 gõ như trên Zalo (người già ở với tui, 2 mẹ con kể tuổi, ba má kể hai lần, 2 đứa nhỏ 7, 9 tuổi, chưa nói số người, mấy đứa nhỏ nhà tui 3 đứa)'], ['round23', 'vòng 23 gõ như trên Zalo (con kể hộ khi ba mất, ba tui 72 má tui 70, hộ ở hai nơi, m² với số người, tầm 4 tr, 6 củ, 7 chục triệu, 2 xị, lương hưu, trợ cấp khuyết tật, nghỉ học, tau, khẩu, ngoui, vs)'], ['round24', 'vòng 24 gõ như trên Zalo (người thân ở với người thân khác: bà ngoại ở với cậu út, ba ở với chú út, con ở với dì; cậu út ở với tui)'], ['round25tryout7', 'vòng 25 dùng thử gõ như trên Zalo (tía má già rồi, ông bà già, má 72 tuổi ở một mình sống nhờ con gửi, nhà tạm không nhà vệ sinh, ở phường, ở trọ trên thành phố)'], ['round25words6', 'vòng 25 gõ như trên Zalo (dì ba, cậu hai, dì tư, chú hai theo thứ bậc; đi ba ngày; bà ngoại ở với cậu út; hộ ở hai nơi; chồng bệnh nằm một chỗ)'], ['change2027', 'vòng 15 law27: năm sau, năm tới, sang năm, 2027 nói cùng thu nhập (thay đổi 01/01/2027)']] as const) {
    const households = scoreSentences(loadHouseholdSentences(file), rules);
    console.log(
      `Hộ gia đình kể bằng một câu, ${name} (${households.sentences} câu, ngày xét ${HOUSEHOLD_EVAL_DATE} trừ câu ghi ngày khác): ` +
        `đúng hoàn toàn ${format(households.accuracy).trim()}`,
    );
    for (const miss of households.misses) console.log(`- ${miss.text}\n    sai: ${miss.wrong.join('; ')}`);
  }
}

function routingSection(): void {
  for (const group of ROUTING_GROUPS) {
    const routing = scoreRouting(group.file);
    console.log(`Chọn nguồn trả lời (${group.label}, ${routing.questions} câu, hôm nay ${ROUTING_EVAL_TODAY}): đúng ${format(routing.accuracy).trim()}`);
    for (const [who, { questions, accuracy }] of Object.entries(routing.groups)) console.log(`  ${who}: ${questions} câu, đúng ${format(accuracy).trim()}`);
    for (const miss of routing.misses) console.log(`- ${miss.question}\n    sai: ${miss.wrong}`);
  }
}

/** Each section prints its own figures; add a section by adding a function here. */
const SECTIONS: (() => void)[] = [searchSection, householdSection, routingSection];

SECTIONS.forEach((section, i) => {
  if (i > 0) console.log('\n');
  section();
});
