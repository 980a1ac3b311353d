/**
 * Findings 19 (outside tester, outreach staff: Hội Phụ nữ, Đoàn TN, MTTQ), in their words, on 02/12/2026: which provincial
 * document carries out Chỉ thị 05-CT/TW, its date, what it says.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

const { ask, first } = conversationsAt(NOW, 'f19');

describe('#38: a target year in the question steers to the section about that year', () => {
  it('“Nghị quyết 41-NQ/TU mục tiêu đến năm 2030”: mục II.2.2 (no poor households by 2030), not the 2025 targets of II.2.1', async () => {
    const text = await first('Nghị quyết 41-NQ/TU mục tiêu đến năm 2030');
    expect(text).toContain('Phấn đấu không còn hộ nghèo');
    expect(text).toContain('mục II.2.2');
    expect(text).not.toContain('mục II.2.1');
    expect(text).not.toContain('Chiều việc làm');
  });

  it('“Nghị quyết 41-NQ/TU có những mục tiêu gì đến năm 2030”: the goals without the 2025 ones', async () => {
    const text = await first('Nghị quyết 41-NQ/TU có những mục tiêu gì đến năm 2030');
    expect(text).toContain('Định hướng đến năm 2030 (mục II.2.2): Phấn đấu không còn hộ nghèo');
    expect(text).not.toContain('Mục tiêu đến năm 2025');
    expect(text).not.toContain('0,5%');
  });

  it('the 2025 question keeps its answer: “mục tiêu giảm nghèo của Hưng Yên đến năm 2025 là bao nhiêu” → khoảng 0,5%, mục II.2.1', async () => {
    const text = await first('mục tiêu giảm nghèo của Hưng Yên đến năm 2025 là bao nhiêu');
    expect(text).toContain('0,5%');
    expect(text).toContain('mục II.2.1');
  });
});

const HUNG_YEN_NQ41 = 'Nghị quyết 41-NQ/TU của Tỉnh ủy Hưng Yên, ký ngày 21/08/2023';
const HUNG_YEN_SOURCE = 'Nguồn: NQ 41-NQ/TU, Tỉnh ủy Hưng Yên, 21/08/2023';

describe('#32–#35: a province + document question is answered with that province’s documents, not the 2025 merger explainer', () => {
  for (const question of [
    'Tỉnh Hưng Yên có nghị quyết nào thực hiện Chỉ thị 05-CT/TW? ký ngày nào?',
    'hung yen co nghi quyet nao thuc hien chi thi 05',
    'Hưng Yên có văn bản gì về giảm nghèo',
  ]) {
    it(`“${question}” → Nghị quyết 41-NQ/TU, Tỉnh ủy Hưng Yên, 21/08/2023, what it is, with its source`, async () => {
      const text = await first(question);
      expect(text).toMatch(/^Văn bản của tỉnh Hưng Yên trong dữ liệu của trợ lý:/);
      expect(text).toContain(`${HUNG_YEN_NQ41}: “Nghị quyết của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo tỉnh Hưng Yên`);
      expect(text).toContain(HUNG_YEN_SOURCE);
      expect(text).not.toContain('Nghị quyết 202/2025');
      expect(text).not.toContain('hợp thành');
    });
  }

  it('/tinh Hưng Yên, then “tỉnh mình có văn bản gì về giảm nghèo” → NQ 41-NQ/TU, not the two-level government explainer', async () => {
    const [chosen, text] = await ask('/tinh Hưng Yên', 'tỉnh mình có văn bản gì về giảm nghèo');
    expect(chosen).toContain('Đã chọn tỉnh Hưng Yên');
    expect(text).toContain(HUNG_YEN_NQ41);
    expect(text).not.toContain('hai cấp');
  });

  it('“Thái Bình có nghị quyết giảm nghèo không” → none of its own; its territory is Hưng Yên’s since 01/07/2025, and NQ 41-NQ/TU', async () => {
    const text = await first('Thái Bình có nghị quyết giảm nghèo không');
    expect(text).toMatch(/^Dữ liệu của trợ lý không có văn bản riêng của tỉnh Thái Bình\. Từ 01\/07\/2025, địa bàn tỉnh Thái Bình thuộc tỉnh Hưng Yên/);
    expect(text).toContain(HUNG_YEN_NQ41);
  });

  it('“Gia Lai có văn bản nào về giảm nghèo không” → QĐ 768/QĐ-UBND of Bình Định named as the answer, with the merger in one line', async () => {
    const text = await first('Gia Lai có văn bản nào về giảm nghèo không');
    expect(text).toMatch(/^Văn bản của tỉnh Gia Lai trong dữ liệu của trợ lý:\n• Quyết định 768\/QĐ-UBND của UBND tỉnh Bình Định, ký ngày 11\/03\/2022: “/);
    expect(text).toContain('Văn bản trên ban hành khi còn tỉnh Bình Định; từ 01/07/2025, địa bàn tỉnh Bình Định thuộc tỉnh Gia Lai');
  });

  it('the way to read a listed document answers: “tóm tắt Nghị quyết 41-NQ/TU”, “tóm tắt Quyết định 768/QĐ-UBND”', async () => {
    expect(await first('Hưng Yên có văn bản gì về giảm nghèo')).toContain('bạn gõ “tóm tắt Nghị quyết 41-NQ/TU”');
    expect(await first('tóm tắt Nghị quyết 41-NQ/TU')).toMatch(/^Tóm tắt Nghị quyết 41-NQ\/TU/);
    expect(await first('tóm tắt Quyết định 768/QĐ-UBND')).toMatch(/^Tóm tắt Quyết định 768\/QĐ-UBND/);
  });

  it('guards: a content question naming a province, a named document, a merger question keep their answers', async () => {
    const housing = await first('Hưng Yên có kế hoạch hỗ trợ hộ nghèo xây nhà không');
    expect(housing).not.toContain('trong dữ liệu của trợ lý:');
    expect(await first('Nghị quyết 41 của Hưng Yên ký ngày nào')).toContain('Ngày ban hành: 21/08/2023');
    expect(await first('Hưng Yên sáp nhập với tỉnh nào')).toContain('gồm cả địa bàn Thái Bình trước đây');
  });
});

describe('#47: a province the data has no document of is said plainly, never answered with an unrelated passage', () => {
  for (const question of ['Hà Nội có nghị quyết nào thực hiện chỉ thị 05 không', 'ha noi co van ban gi ve giam ngheo ko']) {
    it(`“${question}” → no Hà Nội document in the data, the provinces it holds, and whom to ask`, async () => {
      const text = await first(question);
      expect(text).toMatch(/^Dữ liệu của trợ lý không có văn bản nào của thành phố Hà Nội/);
      expect(text).toContain('Tỉnh Hưng Yên: Nghị quyết 41-NQ/TU');
      expect(text).toContain('Tỉnh Trà Vinh, nay thuộc tỉnh Vĩnh Long: Nghị quyết 05-NQ/TU');
      expect(text).toContain('Tỉnh Bình Định, nay thuộc tỉnh Gia Lai: Quyết định 768/QĐ-UBND');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('36 tháng');
      expect(text).not.toContain('Theo văn bản');
    });
  }

  it('which of the documents carry out Chỉ thị 05 is marked when it is asked', async () => {
    const text = await first('Hà Nội có nghị quyết nào thực hiện chỉ thị 05 không');
    expect(text).toContain('Quyết định 768/QĐ-UBND (thực hiện Chỉ thị 05)');
    expect(text).not.toContain('Nghị quyết 41-NQ/TU (thực hiện');
  });
});

describe('#40, #41: “Chỉ thị 05” in a question about a province’s documents no longer refuses the answer', () => {
  it('“Trà Vinh triển khai chỉ thị 05 bằng văn bản nào” → NQ 05-NQ/TU of Trà Vinh (now Vĩnh Long) and its two letters, by date', async () => {
    const text = await first('Trà Vinh triển khai chỉ thị 05 bằng văn bản nào');
    expect(text).toMatch(/^Văn bản của tỉnh Trà Vinh trong dữ liệu của trợ lý:\n• Nghị quyết 05-NQ\/TU của Tỉnh ủy Trà Vinh, ký ngày 08\/10\/2021: “Nghị quyết công tác giảm nghèo bền vững/);
    expect(text.indexOf('Công văn 5199/UBND-KGVX')).toBeLessThan(text.indexOf('Công văn 3286/UBND-VX'));
    expect(text).toContain('từ 01/07/2025, địa bàn tỉnh Trà Vinh thuộc tỉnh Vĩnh Long');
    expect(text).not.toContain('không có trong dữ liệu');
    // Said as the texts say it: these do not name Chỉ thị 05; the two plans of a Ban Thường vụ that do name no province.
    expect(text).toContain('Các văn bản trên không ghi là thực hiện Chỉ thị 05');
    expect(text).toContain('Dữ liệu còn 2 văn bản thực hiện Chỉ thị 05 không ghi tên tỉnh');
  });

  it('“Vĩnh Long có văn bản nào về giảm nghèo theo chỉ thị 05” → the same documents, issued when Trà Vinh was a province', async () => {
    const text = await first('Vĩnh Long có văn bản nào về giảm nghèo theo chỉ thị 05');
    expect(text).toMatch(/^Văn bản của tỉnh Vĩnh Long trong dữ liệu của trợ lý:\n• Nghị quyết 05-NQ\/TU của Tỉnh ủy Trà Vinh, ký ngày 08\/10\/2021/);
    expect(text).toContain('Các văn bản trên ban hành khi còn tỉnh Trà Vinh');
    expect(text).not.toContain('không có trong dữ liệu');
  });

  it('“có văn bản nào thực hiện chỉ thị 05 không” → the documents whose text says so, each with its province (or none named)', async () => {
    const text = await first('có văn bản nào thực hiện chỉ thị 05 không');
    expect(text).toMatch(/^Văn bản trong dữ liệu của trợ lý ghi là thực hiện Chỉ thị 05:/);
    expect(text).toContain('Quyết định 768/QĐ-UBND của UBND tỉnh Bình Định, ký ngày 11/03/2022 (tỉnh Bình Định, nay thuộc tỉnh Gia Lai)');
    expect(text).toContain('Kế hoạch (không rõ số hiệu) của Ban Thường vụ Tỉnh ủy, không rõ ngày ký (văn bản không ghi tên tỉnh)');
    expect(text).not.toContain('Nghị quyết 41-NQ/TU');
    expect(text).not.toContain('không có trong dữ liệu');
  });

  it('guard: asked when Chỉ thị 05 was issued and its targets, the data on the Chỉ thị answers and says its full text is not stored (round 15)', async () => {
    const text = await first('Chỉ thị 05-CT/TW ban hành ngày nào, mục tiêu là gì');
    expect(text).toContain('Ngày 23/06/2021, Ban Bí thư Trung ương Đảng ban hành Chỉ thị 05-CT/TW');
    expect(text).toContain('tỷ lệ hộ nghèo giảm 1–1,5% mỗi năm');
    expect(text).toContain('Toàn văn Chỉ thị này không có trong các văn bản đang lưu');
  });
});
