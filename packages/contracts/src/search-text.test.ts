import { describe, expect, it } from 'vitest';
import { foldSearchText, searchPatterns, toSearchDocument } from './search-text';

describe('foldSearchText', () => {
  it('removes Vietnamese diacritics and case', () => {
    expect(foldSearchText('Kiến Thụy')).toBe('kien thuy');
    expect(foldSearchText('Phường Điện Biên')).toBe('phuong dien bien');
  });

  it('folds đ and Đ to d', () => {
    expect(foldSearchText('Đoàn kiểm tra số 2')).toBe('doan kiem tra so 2');
  });

  it('folds composed and decomposed input alike', () => {
    expect(foldSearchText('Thụy'.normalize('NFD'))).toBe(foldSearchText('Thụy'.normalize('NFC')));
  });

  it('collapses white space', () => {
    expect(foldSearchText('  Gia   Lâm \n')).toBe('gia lam');
  });
});

describe('searchPatterns against toSearchDocument', () => {
  const matches = (query: string, text: string) => {
    const document = toSearchDocument(text);
    const patterns = searchPatterns(query);
    const toRegExp = (pattern: string) => new RegExp(`^${pattern.replaceAll('%', '.*')}$`);
    return patterns.length > 0 && patterns.every((pattern) => toRegExp(pattern).test(document));
  };

  it('matches whole words in any order, ignoring diacritics and punctuation', () => {
    expect(matches('gia lam', 'UBND huyện Gia Lâm, Hà Nội')).toBe(true);
    expect(matches('lam gia', 'Huyện Gia Lâm')).toBe(true);
    expect(matches('le khac nam', 'Phó Chủ tịch Lê Khắc Nam')).toBe(true);
  });

  it('does not match a syllable inside another word', () => {
    expect(matches('gia lam', 'Tỉnh Hà Giang, xã Việt Lâm')).toBe(false);
  });

  it('lets the last word be the start of a word being typed', () => {
    expect(matches('kien th', 'Huyện Kiến Thụy')).toBe(true);
    expect(matches('kie thuy', 'Huyện Kiến Thụy')).toBe(false);
  });

  it('has no patterns for a query without words', () => {
    expect(searchPatterns('%_ !')).toEqual([]);
  });
});
