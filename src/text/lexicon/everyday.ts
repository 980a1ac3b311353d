/**
 * Everyday words residents use for things the documents name otherwise, keyed by their form without
 * diacritics, with the documents' words. Search looks for both; either counts as covering the question.
 */
export const EVERYDAY_WORDS: Readonly<Record<string, string>> = {
  'ba bau': 'phụ nữ mang thai',
  'nguoi gia': 'người cao tuổi',
  'tan tat': 'khuyết tật',
  'nha ve sinh': 'nhà tiêu',
  'nam vien': 'điều trị nội trú',
  'di vien': 'điều trị nội trú',
  'tre nho': 'trẻ em',
  'tien hoc': 'học phí',
  'vay tien': 'vay vốn',
  'so ho ngheo': 'giấy chứng nhận hộ nghèo',
  'sap nhap': 'sắp xếp',
  'mat viec': 'thất nghiệp',
  'nuoc may': 'nước sạch',
  'xuat khau lao dong': 'đi làm việc ở nước ngoài',
  'tro cap xa hoi': 'trợ giúp xã hội',
  'phan tram': '%',
};
