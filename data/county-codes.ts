/**
 * Swedish counties (län) by their two-digit SCB code: the values of a home region. The codes have
 * their own module so that code which only checks a code (the popup's storage reads) does not
 * carry the names (data/counties.ts) in its bundle chunk.
 */
export const COUNTY_CODES = [
  '01',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
] as const;

export type CountyCode = (typeof COUNTY_CODES)[number];
