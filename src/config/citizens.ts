/**
 * What the app tells citizens, wherever it is printed or shown: the VNeID support line (the Ministry
 * of Public Security's hotline) and the public notice the printed handout leads to by its QR code
 * (the Department of Justice's notice 112/TB-STP on the switch to VNeID, addressed to citizens).
 */
export const citizens = {
  vneidHotline: '1900.0368',
  handoutNoticeId: 'TB0002',
} as const;
