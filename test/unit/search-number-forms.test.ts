import { describe, expect, it } from 'vitest';
import { numberForms } from '../../src/lib/search/number-forms.ts';

describe('extra searchable forms of a document number', () => {
  it.each([
    ['435/SNgV-HTHQ', ['435/sngv-hthq', 'sngvhthq']],
    ['80/2020/NĐ-CP', ['80/2020/nđ-cp', 'nđcp', '80/2020']],
    ['22-NQ/TW', ['22-nq/tw', 'nqtw']],
    ['31/NQ-CP', ['31/nq-cp', 'nqcp']],
    ['1353/SNgV-ĐN', ['1353/sngv-đn', 'sngvđn']],
    ['92/KH-UBND', ['92/kh-ubnd', 'khubnd']],
    ['60/BC-UBND', ['60/bc-ubnd', 'bcubnd']],
    ['01-HD/BĐNTW', ['01-hd/bđntw', 'hdbđntw']],
  ])('%s', (number, forms) => {
    expect(numberForms(number)).toEqual(forms);
  });

  it('keeps a number it cannot split as one lower-case form', () => {
    expect(numberForms('Luật Điều ước quốc tế')).toEqual(['luật điều ước quốc tế']);
  });
});
