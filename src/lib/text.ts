/**
 * Fold Vietnamese text for search: lower case, no tone or vowel marks, đ → d, spaces collapsed.
 * NFD splits every mark off its letter, so both tone placements (hoà / hòa) fold alike.
 * The mock server and any client-side filter use this same function.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
