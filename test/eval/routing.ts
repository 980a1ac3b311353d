/**
 * Routing (test/eval/routing.yaml): whether a question reaches the source that answers it — the standard
 * card (for the year asked), a support or an indicator of the rules data, the procedure, or passage search.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { routedTopic } from '../../src/chat/documents.ts';
import type { Topic } from '../../src/chat/topics.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadRules } from '../../src/rules/index.ts';

/** The day the questions are asked. */
export const ROUTING_EVAL_TODAY = '2026-12-01';

/** Who typed a question, where a set says so: residents, commune cadres, outreach staff. */
const GROUPS = ['residents', 'cadres', 'outreach'] as const;
type Group = (typeof GROUPS)[number];

const questionSchema = z.strictObject({
  group: z.enum(GROUPS).optional(),
  question: z.string().min(1),
  topic: z.string().regex(/^(standard(@\d{4})?|support:[a-z_]+|indicator:[a-z_]+|reference:[a-z_]+|procedure|losing|notInData|search)$/),
});

/** The routing question sets: round 4 (residents and cadres), round 5 (cadres and outreach staff, findings3), round 7 (residents). */
export const ROUTING_GROUPS = [
  { file: 'routing.yaml', label: 'routing.yaml, câu vòng 4 của người dân và cán bộ' },
  { file: 'routing-cadres.yaml', label: 'routing-cadres.yaml, câu vòng 5 của cán bộ xã' },
  { file: 'routing-round7.yaml', label: 'routing-round7.yaml, câu vòng 7 của người dân (hỗ trợ, cấp huyện)' },
  { file: 'routing-round11.yaml', label: 'routing-round11.yaml, câu vòng 11 gõ như trên Zalo (chỉ số, làm thuê, thôn ĐBKK)' },
  { file: 'routing-2027.yaml', label: 'routing-2027.yaml, câu vòng 15 về thay đổi 01/01/2027 (chuẩn mới, chương trình 2026–2035, rà soát cuối năm)' },
  { file: 'routing-round15.yaml', label: 'routing-round15.yaml, câu vòng 15 gõ như trên Zalo (tiền xét hộ nghèo, lừa đảo, Chỉ thị 05, mất giấy, thoát nghèo, đơn thân, đi làm nước ngoài)' },
  { file: 'routing-round16.yaml', label: 'routing-round16.yaml, câu vòng 16 gõ như trên Zalo (tiền cho người già, hỏi “ad”, không đồng ý kết quả bình xét, thẻ BHYT hết hạn, đi khám, sinh con, đất, bộ quản lý, Internet trên điện thoại)' },
  { file: 'routing-round17.yaml', label: 'routing-round17.yaml, câu vòng 17 gõ như trên Zalo (học phí, ăn trưa, vay vốn, sửa nhà, tiền điện, học nghề, nhà vệ sinh, giếng khoan, chuẩn 2027, ai ký, chấm điểm, nộp online, điện thoại, pháp lý, thoát nghèo, thông tin cá nhân, chương trình 2026–2035, Chỉ thị 05, xã nghèo)' },
  { file: 'routing-round18.yaml', label: 'routing-round18.yaml, câu vòng 18 gõ như trên Zalo (trợ cấp người già, kWh điện, BHYT cận nghèo, lũ, bị liệt, năm 2027, tách hộ, tạm trú, vay vốn, xin ra khỏi danh sách, tivi điện thoại, bỏ học, bãi ngang, bộ quản lý, chuẩn riêng của tỉnh, công nhân, tiền gửi về, mất giấy, phiếu B)' },
  { file: 'routing-round18-supports.yaml', label: 'routing-round18-supports.yaml, câu vòng 18 về hỗ trợ gõ như trên Zalo (tiền điện, tiền già, BHYT, đi học, cất nhà, vay vốn, nước, học nghề, xuất khẩu lao động, khuyết tật, mẹ đơn thân, sinh con, ma chay, lũ, ở trọ, khi nào phát tiền)' },
  { file: 'routing-round18-law.yaml', label: 'routing-round18-law.yaml, câu vòng 18 của cán bộ xã về thay đổi 2025–2026 (nghị định chuẩn mới, đô thị 2027, cận nghèo thành thị 2022–2025, rà soát cuối 2026, vốn chương trình, BHYT, hưu trí xã hội, tiền điện) và bài đăng, thông báo loa' },
  { file: 'routing-round19.yaml', label: 'routing-round19.yaml, câu vòng 19 gõ như trên Zalo (người già ở một mình, cận nghèo và tiền điện, thẻ BHYT miễn phí, chuẩn thành phố và thành thị 2027, giếng khoan, hố xí tự hoại, bao lâu rà soát, ai công nhận, lãi vay, khuyết tật nặng, vừa thoát nghèo, giấy hết hạn, khiếu nại, lệ phí, nộp qua mạng, ăn trưa mẫu giáo, học nghề, điện thoại thông minh, Internet, chương trình 2026–2035, tỷ lệ cả nước, không biết chữ, suy dinh dưỡng, luật sư, cây giống, xã đặc biệt khó khăn) và một câu của cán bộ xã' },
  { file: 'routing-round20.yaml', label: 'routing-round20.yaml, câu vòng 20 gõ như trên Zalo (học phí, vay đi học, tiền già 76 tuổi, bão sập mái, tạm trú, con ra ở riêng, làm đơn ở đâu, chuẩn năm nay và tháng 1, nhà tôn, 20 mét vuông, bỏ học, không việc ổn định, không thẻ BHYT, rác, BHYT cận nghèo, nằm viện, sửa nhà, kWh điện, pháp lý, sách vở, chỉ số 2027, đòi tiền, xin ra khỏi danh sách, Chỉ thị 05, mất giấy, tiền gửi về, khi nào nhận tiền, người già không ai nuôi), hai câu của cán bộ xã và một câu xin bài đăng' },
  { file: 'routing-round21-resa.yaml', label: 'routing-round21-resa.yaml, câu vòng 21 của người dân gõ như trên Zalo (trẻ nhỏ, thẻ BHYT cho bé, giếng, nước máy, vay vốn, tiền ăn trưa, mái nhà, rác, chuẩn năm nay, rà soát, giấy chứng nhận dùng mấy năm, bị trừ điểm, người già)' },
  { file: 'routing-round21-law.yaml', label: 'routing-round21-law.yaml, câu vòng 21 về luật quanh 01/01/2027 của người dân (năm sau, sang năm, tết dương lịch), cán bộ xã (NQ 261, giai đoạn 2026–2030, huyện nghèo) và cán bộ truyền thông' },
  { file: 'routing-round21b-elderly.yaml', label: 'routing-round21b-elderly.yaml, câu vòng 21b về người cao tuổi (ở một mình, không ai nuôi, tiền già, lương hưu, khuyết tật, mai táng, NĐ 176/2025 và NĐ 20/2021, thoát nghèo), 3 câu cán bộ xã, 2 câu cán bộ truyền thông' },
  { file: 'routing-round21-tryout.yaml', label: 'routing-round21-tryout.yaml, câu vòng 21 dùng thử: 22 câu người dân (lũ cuốn nhà, 62 tuổi ở một mình, học phí lớp 8, lãi vay, thẻ hết hạn, mẹ nằm liệt, gạo Tết, nhà vệ sinh, phèn, lương hưu), 4 câu cán bộ xã, 4 câu cán bộ truyền thông' },
  { file: 'routing-round22-tryout-residents.yaml', label: 'routing-round22-tryout-residents.yaml, câu vòng 22 dùng thử của người dân gõ như trên Zalo (giấy xác nhận ở mô, bao lâu có kết quả, học phí, tiền điện, vay vốn sau thoát nghèo, ổng bả 72 và 70, nhà dột, BHYT, sổ hộ khẩu, làm thuê, vay đi học, mất giấy, 25 mét vuông, bị loại khỏi danh sách, nước sông, 80 tuổi, giấy tờ, ở trọ, cấp nhà, nhà tình thương)' },
  { file: 'routing-round22-tryout-cadres.yaml', label: 'routing-round22-tryout-cadres.yaml, câu vòng 22 dùng thử của cán bộ xã (rà soát cuối năm 2026, Điều 3 NĐ 07/2021, thành thị 2027, Mẫu số 04 và 15 ngày, Điều 12 Luật BHYT, bước cấp huyện)' },
  { file: 'routing-round22-tryout-outreach.yaml', label: 'routing-round22-tryout-outreach.yaml, câu vòng 22 dùng thử của người làm tuyên truyền (tóm tắt gửi bà con: chuẩn 2027, vay vốn, BHYT cận nghèo, nộp giấy ở đâu, hộ mới thoát nghèo, học phí)' },
  { file: 'routing-round23-words3.yaml', label: 'routing-round23-words3.yaml, câu vòng 23 của người dân, cán bộ xã và người làm tuyên truyền (sang năm 2027: qua năm, năm tới, qua Tết, tháng 1; BHYT, học phí, tiền điện, vay vốn, nhà ở, trợ cấp, hưu trí xã hội; nộp ở UBND cấp xã; thoát nghèo; tin đồn; cách tính thu nhập; chào hỏi)' },
  { file: 'routing-round24-words4.yaml', label: 'routing-round24-words4.yaml, câu vòng 24 của người dân gõ như trên Zalo (đi học được bao nhiêu tiền, được bao nhiêu vay, tiền sách vở, vay tối đa, tiền điện, BHYT cận nghèo, sửa nhà, tiền già, ăn trưa, chuẩn năm nay và ở phường, 2027, giấy tờ, bao lâu có kết quả, khiếu nại, mất giấy, mới thoát nghèo, làm mướn không hợp đồng)' },
  { file: 'routing-round25-words6.yaml', label: 'routing-round25-words6.yaml, câu vòng 25 của người dân gõ như trên Zalo ("dien" không dấu sau "về", "hỗ trợ" là tiền điện; điện thoại, BHYT, chuẩn 2027)' },
  { file: 'routing-round24-law6.yaml', label: 'routing-round24-law6.yaml, câu vòng 24 về luật tháng 12/2026 – 01/2027 theo từng mục của updates-2026.md (chuẩn 2026 và 2027–2030, thủ tục sau 01/07/2025, chương trình 2026–2035, BHYT, học phí, hưu trí xã hội, vay 3,3%, tiền điện, trợ giúp pháp lý, học nghề, chuẩn 2016–2020)' },
  { file: 'routing-round25-tryout7.yaml', label: 'routing-round25-tryout7.yaml, câu vòng 25 dùng thử gõ trên Zalo: người dân (BHYT, học phí, vay vốn, tiền điện, nhà ở, tiền già, đăng ký ở đâu, giấy chứng nhận qua năm, tin đồn: 2 triệu 2, bỏ hộ cận nghèo, 60 triệu, đóng tiền cho trưởng thôn, có tivi; răng, mần, mô, rứa, chừ, hổng), cán bộ xã, người làm tuyên truyền' },
  { file: 'routing-round26-tryout9.yaml', label: 'routing-round26-tryout9.yaml, câu vòng 26 dùng thử gõ trên Zalo: người dân (thu nhập cả hộ, BHYT, tiền già 72 và 80 tuổi, vay tối đa, tiền điện năm nay, sửa nhà, học phí lớp 10, nộp ở đâu khi bỏ huyện, bao lâu có giấy, chuẩn 2027, tin đồn 3 triệu và 100% khám bệnh, mần răng, nhà vệ sinh, làm thuê, ăn trưa, pháp lý, vừa thoát nghèo, điện thoại, mất giấy, đóng tiền cho trưởng ấp, Internet, học nghề, ở trọ), cán bộ xã, người làm tuyên truyền' },
  { file: 'routing-round27-tryout10.yaml', label: 'routing-round27-tryout10.yaml, câu vòng 27 dùng thử gõ trên Zalo: người dân (tiền già 71 và 76 tuổi, mang giấy gì, hộ kể một câu, tin đồn 2027 bỏ cận nghèo, chuẩn thành phố 2027, tiền điện, thẻ BHYT hết hạn, đại học, sập mái, lãi vay cận nghèo, mất mấy ngày, tin đồn cắt BHYT, viện phí, khiếu nại, người già ở một mình, mới thoát nghèo vay vốn, đi làm xa, giếng khoan, Internet và rác 2027, mẫu giáo, lớp 6, đưa tiền trưởng thôn, ai duyệt), cán bộ xã (tiêu chí và chỉ số 2027–2030, quy trình sau 01/7/2025, chương trình 2026–2035, thẩm quyền, chuẩn 2026, NĐ 176, NĐ 188), người làm tuyên truyền' },
  { file: 'routing-round27-words9.yaml', label: 'routing-round27-words9.yaml, câu vòng 27 của người dân kể hộ hay người nhà trong một câu gõ trên Zalo (ốm nặng, nằm một chỗ, ung thư, Down, tự kỷ, tàn tật, liệt, 72–78 tuổi, không ai nuôi, con đi học, mẫu giáo, vay vốn)' },
  { file: 'routing-round27-words10.yaml', label: 'routing-round27-words10.yaml, câu vòng 27 (words10): người dân hỏi nhà mình có trong danh sách hộ nghèo không, xem danh sách ở đâu, chỉ số thiếu hụt là gì, thủ tục khi bỏ huyện; cán bộ xã, người làm tuyên truyền' },
  { file: 'routing-round28-tryout11.yaml', label: 'routing-round28-tryout11.yaml, câu vòng 28 dùng thử gõ trên Zalo tháng 12/2026: người dân (quà Tết, hộ kể một câu, chuẩn 2027, BHYT, tiền điện, tiền già 72 và 76 tuổi, cất nhà, lớp 6, vay vốn, giấy chứng nhận, mang giấy gì, tai biến, tin đồn bỏ cận nghèo, thoát nghèo vay vốn, đi khám, rớt cận nghèo, khi nào rà soát), cán bộ xã (tiêu chí 2022–2025 và 2027–2030, bước cấp huyện sau 01/7/2025, chuẩn rà soát 2026, chỉ số 2027–2030, chương trình 2026–2035, Mẫu số 04, mức sống trung bình 2027, NĐ 188, phân loại một hộ, danh sách chính sách, 15 ngày), người làm tuyên truyền (bài ngắn cho nhóm Zalo, hỗ trợ Tết)' },
  { file: 'routing-round28-words12.yaml', label: 'routing-round28-words12.yaml, câu vòng 28 của người dân gõ một câu ngắn trên Zalo (nhà cận nghèo dột nát, hư hỏng; mẫu giáo ăn trưa; lớp 7, cấp 3 học phí; cha mẹ tàn tật, khuyết tật, mù; hộ khẩu ở quê mà sống trên tỉnh, chuyển hộ khẩu)' },
  { file: 'routing-round28-law13.yaml', label: 'routing-round28-law13.yaml, câu vòng 28 (law13): cán bộ xã hỏi quy trình rà soát thường xuyên khi không còn cấp huyện, chuẩn nghèo giai đoạn 2027–2030 (cả giai đoạn), tin bỏ vay vốn năm 2027; người dân gõ không dấu' },
  { file: 'routing-round28-outreach13.yaml', label: 'routing-round28-outreach13.yaml, câu vòng 28 (outreach13): người làm tuyên truyền xin bài ngắn đăng nhóm Zalo về chương trình MTQG 2026–2035' },
  { file: 'routing-round29-words14.yaml', label: 'routing-round29-words14.yaml, câu vòng 29 (words14) của người dân gõ trên Zalo (con đi học, thẻ BHYT, nhà ở, vay vốn, tiền điện, người già, người khuyết tật hộ cận nghèo, vô danh sách, khi nào rà soát, hỏi ai)' },
  { file: 'routing-round30-words15.yaml', label: 'routing-round30-words15.yaml, câu vòng 30 (words15) của người dân gõ trên Zalo (bài đăng cách nộp hồ sơ, tiền điện hộ cận nghèo, thẻ BHYT hộ nghèo đi khám, vay vốn sinh viên, răng không được hộ nghèo, nộp đơn ở đâu, mẹ 72 tuổi nhà nghèo được nhiêu tiền); người dân 16 câu, đúng 13 (0,81); sau mend30b đúng 15 (0,94)' },
  { file: 'routing-round29-tryout12.yaml', label: 'routing-round29-tryout12.yaml, câu vòng 29 dùng thử gõ trên Zalo tháng 12/2026: người dân (hộ kể một câu, quà Tết và qua Tết, gạo Tết, nhà dột nát, thoát nghèo còn BHYT, dọn vô tỉnh khác, vay và học phí cao đẳng đại học, làm giếng, học nghề, mô răng rứa, mi tau, tiền già 81 tuổi, nhà vệ sinh, không căn cước, người già ở một mình, hết cận nghèo, mẹ đơn thân ở trọ, điện thoại), cán bộ xã (BHYT sau thoát nghèo, hồ sơ nhà ở, chuyển tỉnh, học phí sinh viên, lịch rà soát, chỉ số nước, đào tạo sơ cấp, vay học sinh sinh viên, biên bản họp, hạn báo cáo), người làm tuyên truyền (bài ngắn cho nhóm Zalo thôn)' },
  { file: 'routing-round29-law14.yaml', label: 'routing-round29-law14.yaml, câu vòng 29 (law14) về luật tháng 12/2026 – 01/2027: người dân (qua năm 2027 còn hộ nghèo không, chuẩn mới, tháng 1/2027 xét lại, chuẩn 2026–2030, vay vốn), cán bộ xã (từng năm của giai đoạn 2026–2030, năm 2026 và 2027 áp dụng chuẩn nào, rà soát thường xuyên từ 01/2027, vốn tín dụng của chương trình), người làm tuyên truyền (bài đăng về chuẩn mới, 2026–2030, vay vốn)' },
  { file: 'routing-round29-tryout13.yaml', label: 'routing-round29-tryout13.yaml, câu vòng 29 dùng thử (tryout13): người làm tuyên truyền (tin nhắn ngắn gửi nhóm Zalo ấp, thông báo loa phát thanh xã: rà soát cuối năm, tiền điện, chuẩn mới 2027, BHYT cận nghèo, vay vốn, cách tính thu nhập, học phí, cất nhà), cán bộ xã (phân loại một hộ theo thu nhập bình quân, năm 2027, đúng bằng chuẩn)' },
  { file: 'routing-round30-tryout14.yaml', label: 'routing-round30-tryout14.yaml, câu vòng 30 dùng thử (tryout14) của người dân gõ trên Zalo tháng 12/2026 (chuẩn nghèo hôm nay và từ 01/01/2027, hộ kể một câu, BHYT, tiền điện, trợ cấp hưu trí xã hội 70–75 tuổi, vay vốn, nhà tạm, học phí, học lái xe, nộp giấy ở đâu, bao lâu, ai quyết định, thoát nghèo, dọn ra Bình Dương ở trọ, chuyển tỉnh, "được chi, ưng hỏi cho biết", tiền ăn Tết, bé đi nhà trẻ)' },
  { file: 'routing-round30-tryout15.yaml', label: 'routing-round30-tryout15.yaml, câu vòng 30 dùng thử (tryout15): cán bộ xã (thu nhập đúng bằng chuẩn: xếp loại gì, là hộ nghèo hay hộ cận nghèo năm 2027; ngưỡng từng chỉ số; chuẩn của đợt rà soát cuối năm 2026; ai ký sau 01/7/2025; Mẫu số 01 và 04; các bước và 15 ngày; mức sống trung bình 2027–2030; hiệu lực NĐ 351/2025), người làm tuyên truyền (thông báo ngắn, bài đăng Zalo, tóm tắt cho bà con: lịch rà soát, chuẩn 2027, hỗ trợ hộ cận nghèo, BHYT, hưu trí xã hội, cảnh giác thu tiền, thiếu hụt dịch vụ xã hội cơ bản, nhận giấy chứng nhận ở đâu, khi không còn cấp huyện)' },
  { file: 'routing-round31-tryout17.yaml', label: 'routing-round31-tryout17.yaml, câu vòng 31 dùng thử (tryout17) của người dân gõ trên Zalo tháng 12/2026 (mới bị loại khỏi danh sách, góa chồng nuôi 3 con, khuyết tật, bão làm sập nhà, sinh viên vay vốn, chuyển xã sau sáp nhập, tin đồn, thay đổi 01/01/2027, nhà bên cạnh được hộ nghèo: muốn khiếu nại, người già không ai nuôi, mần răng để được xét, cụt chân)' },
  { file: 'routing-round31-words16.yaml', label: 'routing-round31-words16.yaml, câu vòng 31 (words16) của người dân gõ trên Zalo (xài điện nhiều quá, tiền điện cận nghèo, thẻ BHYT hết hạn, cận nghèo mua BHYT, vay nuôi heo, lãi vay, nhà dột nát, nhà tranh vách đất, lớp 7, mẫu giáo, tía 76 tuổi, bà nội 80, con khuyết tật nặng, khuyết tật có được xét không, ra xã nộp giấy gì, mấy ngày có kết quả, mới thoát nghèo, thoát nghèo còn thẻ BHYT, ai quyết định, chuẩn nông thôn, mất giấy chứng nhận, nhà vệ sinh, luật sư miễn phí, học nghề ngắn hạn, mô hình nuôi bò có hỗ trợ chi không); người dân 25 câu, đúng 23 (0,92) trước words16, 25 (1) sau' },
  { file: 'routing-round31-tryout18.yaml', label: 'routing-round31-tryout18.yaml, câu vòng 31 dùng thử (tryout18): cán bộ xã (Mẫu số 01, 02, 04 là mẫu gì; thu nhập đúng bằng chuẩn; tiêu chí, chỉ số BHYT, dinh dưỡng, rác thải; lịch rà soát; ai ký sau 01/7/2025; 15 ngày; cột tệp Excel; chỉ số 2027–2030; thông tư sau TT 07/2021; chương trình 2026–2035), người làm tuyên truyền (bài đăng Zalo, tóm tắt cho bà con, thông báo loa xã, ngắn gọn gửi nhóm: chỉ số 2027–2030, rà soát cuối năm, chuẩn 2026 và 2027, BHYT, chương trình MTQG, hưu trí xã hội, khai đúng thu nhập, không còn cấp huyện, học phí, vay vốn, tiền điện, cảnh giác thu tiền)' },
  { file: 'routing-round32-outreach19.yaml', label: 'routing-round32-outreach19.yaml, câu vòng 32 (outreach19): cán bộ xã (Mẫu số 01 và 04, hồ sơ đề nghị gồm mẫu nào, điều kiện công nhận thoát nghèo, mất nguồn lao động, thời hạn rà soát định kỳ, niêm yết công khai, các bước rà soát thường xuyên, chuẩn cận nghèo thành thị 2026, thẩm quyền sau sáp nhập xã, số chỉ số thiếu hụt từ 2027, hộ mới thoát nghèo vay vốn), người làm tuyên truyền (bài đăng, tin nhắn cho bà con, tóm tắt gửi nhóm: chỉ số thiếu hụt 2027–2030, mời họp bình xét, tiền điện theo QĐ 14/2025, BHYT, vay vốn, nhà ở, trợ giúp pháp lý, hộ mới thoát nghèo, nộp giấy trước khi hết hạn, thay đổi từ 01/01/2027, Mẫu số 04); cán bộ 12 câu, tuyên truyền 12 câu' },
  { file: 'routing-round32-follow20.yaml', label: 'routing-round32-follow20.yaml, câu vòng 32 (follow20) của người dân gõ trên Zalo (thẻ BHYT được hỗ trợ bao nhiêu khi đang nằm viện, tách hộ nghèo); người dân 6 câu, đúng 1 (0,167) trước follow20, 6 (1) sau' },
  { file: 'routing-round31-plain18.yaml', label: 'routing-round31-plain18.yaml, câu vòng 31 (plain18) của người dân gõ trên Zalo (vừa bị rớt cận nghèo còn được thẻ BHYT không, bị loại khỏi hộ nghèo vì sao, lãi suất vay vốn); người dân 5 câu, đúng 2 (0,4) trước plain18, 4 (0,8) sau' },
  { file: 'routing-round32-tryout19.yaml', label: 'routing-round32-tryout19.yaml, câu vòng 32 dùng thử (tryout19) của người dân gõ trên Zalo lần đầu (người già không ai nuôi, con khuyết tật, mẹ đơn thân, mất mùa, đi làm thành phố về, dân tộc ở vùng cao thiếu nước, lũ làm hư nhà, con muốn nghỉ học, BHYT khi nằm viện, sinh viên vay vốn, tiền điện, hưu trí xã hội 75 tuổi, 80 tuổi được những tiền gì); người dân 28 câu, đúng 25 (0,893) trước tryout19, 27 (0,964) sau' },
  { file: 'routing-round32-law18.yaml', label: 'routing-round32-law18.yaml, câu vòng 32 (law18) về luật quanh 01/01/2027 theo updates-2026.md: người dân (xét theo tiêu chí nào, tháng 1 tới, qua năm, tiền điện, tiền già, nộp giấy gì, không còn huyện ai duyệt, rác thải), cán bộ xã (tiêu chí 2022–2025, mức 2027–2030, mấy bước, Mẫu số 01, bước cấp huyện, QĐ 14/2025, NĐ 176/2025, NQ 257/QĐ 417), người làm tuyên truyền (bài Zalo 01/01/2027, loa xã hưu trí xã hội, thủ tục, tiền điện, chỉ số mới); 24 câu, đúng 22 (0,917) trước và sau law18: người dân 10/11, cán bộ 7/8, tuyên truyền 5/5' },
  { file: 'routing-round32-law19.yaml', label: 'routing-round32-law19.yaml, câu vòng 32 (law19) về luật quanh 01/01/2027 theo updates-2026.md: người dân (chuẩn mới có tính rác thải, nhà vệ sinh, từ Tết / tháng 1 tới / năm sau chuẩn nghèo có đổi không, điều kiện thoát nghèo, niêm yết bao lâu), cán bộ xã (bước báo cáo cấp huyện sau 01/7/2025, niêm yết công khai bao nhiêu ngày, điều kiện công nhận thoát nghèo, thoát cận nghèo khi nào, chỉ số rác thải 2027–2030, thay đổi từ 01/01/2027), người làm tuyên truyền (bài Zalo, tin nhắn, tóm tắt, loa xã); 18 câu, đúng 6 (0,333) trước law19: người dân 3/7, cán bộ 2/7, tuyên truyền 1/4; 18 (1) sau' },
  { file: 'routing-round33-law20.yaml', label: 'routing-round33-law20.yaml, câu vòng 33 (law20): người dân (hộ nghèo không còn ai làm được, mới thoát nghèo vay mấy năm, mức sống trung bình, từ Tết / ra Tết chuẩn nghèo có đổi không), cán bộ xã (hộ nghèo mất nguồn lao động, hộ mới thoát nghèo vay trong bao lâu, biên bản họp dân, Mẫu số 04, mức sống trung bình 2027, hưu trí xã hội, mẫu phiếu 2027), người làm tuyên truyền (tin nhắn, bài Zalo)' },
  { file: 'routing-round32-words17.yaml', label: 'routing-round32-words17.yaml, câu vòng 32 (words17) của người dân gõ trên Zalo không dấu, tiếng miền Nam, miền Trung (bão sắp tới, bão sập nhà, cắt lại hỗ trợ, nhà ở bển, nhà ở trên núi, hỗ trợ điện, ký gạo, má tui, ổng mất rồi, dìa quê, ở mô, răng rứa, tê, tiền già, thu nhập đúng bằng 1.500.000, mới cất nhà tình thương) và 1 câu cán bộ; người dân 23 câu, đúng 15 (0,652) trước words17, 23 (1) sau; cán bộ 1 câu, đúng cả hai' },
  { file: 'routing-round32-cadres20.yaml', label: 'routing-round32-cadres20.yaml, câu vòng 32 (cadres20) của cán bộ xã kiểm tra tiêu chí (ngưỡng từng chỉ số: BHYT hết hạn, nhà bán kiên cố, không hợp đồng lao động, người phụ thuộc, diện tích, trẻ 5 tuổi, internet và tivi, dinh dưỡng, giếng khoan, nhà tiêu, trình độ giáo dục người lớn; thu nhập và thiếu hụt, mức sống trung bình hộ nông nghiệp, 2026 và 2027–2030; điểm A, điểm B; rà soát đột xuất, biên bản họp dân, báo cáo lên huyện sau sáp nhập, hộ chuyển đến, năm 2027, 15 ngày; cách tính thu nhập; BHYT cận nghèo; NQ 41-NQ/TU); cán bộ 30 câu, đúng 24 (0,8) trước cadres20, 30 (1) sau' },
  { file: 'routing-round32-short20.yaml', label: 'routing-round32-short20.yaml, câu vòng 32 (short20) của người dân hỏi nhà vệ sinh (nhà tiêu) có được hỗ trợ không, chữ nhà vệ sinh đứng trước (không có khoản hỗ trợ trong dữ liệu: chỉ số thiếu hụt, hỏi cán bộ xã) và câu kiểm tra (danh sách hỗ trợ của loại hộ, tiền điện, bị trừ điểm); người dân 11 câu, đúng 5 (0,455) trước short20, 11 (1) sau' },
  { file: 'routing-round33-tryout20.yaml', label: 'routing-round33-tryout20.yaml, câu vòng 33 dùng thử (tryout20) của người dân gõ trên Zalo lần đầu (mẹ 78 tuổi ở một mình, con khuyết tật hộ cận nghèo, người H\'Mông trên núi làm nhà, vừa thoát nghèo còn BHYT và vay vốn, lãi suất cận nghèo, chuẩn 2026 và 2027, tiền điện theo QĐ 14/2025, học phí đại học dân tộc Tày và cấp 3, giấy chứng nhận khi bỏ huyện, mất bao nhiêu ngày, hưu trí xã hội 72 tuổi, học nghề, bị loại khỏi danh sách và không đồng ý, tiền ăn trưa mẫu giáo, điện thoại thông minh, rà soát năm nay, lũ cuốn nhà, đi làm Sài Gòn hộ khẩu Nghệ An); người dân 25 câu, đúng 25 (1) trước và sau tryout20 (các sửa của tryout20 là câu hỏi tiếp theo)' },
  { file: 'routing-round33-words18.yaml', label: 'routing-round33-words18.yaml, câu vòng 33 (words18) của người dân gõ trên Zalo (bển xã có phát tiền cho hộ nghèo hông, chồng đi làm thuê, xã cắt hộ nghèo nhà tui còn BHYT, vay vốn không, năm sau cắt hỗ trợ hộ cận nghèo, tin đồn 2027 bỏ hộ cận nghèo, qua 2027 nhà tui còn hộ nghèo không); người dân 21 câu, đúng 8 (0,381) trước words18, 21 (1) sau' },
] as const;

export function loadRoutingQuestions(file: string = ROUTING_GROUPS[0].file): z.infer<typeof questionSchema>[] {
  return z.array(questionSchema).parse(parse(readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), 'utf8')));
}

/** A topic written as the file writes it. */
export function topicName(topic: Topic | undefined): string {
  if (!topic) return 'search';
  if (topic.kind === 'standard') return topic.year ? `standard@${topic.year}` : 'standard';
  if (topic.kind === 'support') return `support:${topic.supportId}`;
  if (topic.kind === 'indicator') return `indicator:${topic.indicatorIds[0]}`;
  if (topic.kind === 'reference') return `reference:${topic.entryId}`;
  return topic.kind;
}

export function scoreRouting(file?: string): {
  questions: number;
  accuracy: number;
  misses: { question: string; wrong: string }[];
  /** Of a set whose questions name their group: each group's count and accuracy. */
  groups: Partial<Record<Group, { questions: number; accuracy: number }>>;
} {
  const questions = loadRoutingQuestions(file);
  // As the chat and /api/ask read a question: a document of the rules data named by its number reads as its basis, a rumour
  // as the card after its correction, the household's standing later as that day's standard (src/chat/documents.ts routedTopic).
  const rules = loadRules();
  const { documents } = loadCorpus();
  const misses = questions
    .map(({ question, topic }) => ({ question, expected: topic, got: topicName(routedTopic(question, rules, documents, ROUTING_EVAL_TODAY)) }))
    .filter(({ expected, got }) => expected !== got)
    .map(({ question, expected, got }) => ({ question, wrong: `${expected} ≠ ${got}` }));
  const missed = new Set(misses.map(({ question }) => question));
  const groups = Object.fromEntries(
    GROUPS.flatMap((group) => {
      const asked = questions.filter((question) => question.group === group);
      return asked.length ? [[group, { questions: asked.length, accuracy: asked.filter(({ question }) => !missed.has(question)).length / asked.length }]] : [];
    }),
  );
  return { questions: questions.length, accuracy: questions.length ? (questions.length - misses.length) / questions.length : 0, misses, groups };
}
