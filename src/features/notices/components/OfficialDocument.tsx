import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import { vietnameseLongDate } from '../../../lib/dates';
import { useT } from '../../../lib/i18n';
import type { Notice } from '../api/get-notice';
import { NoticeBody } from './NoticeBody';

const FONT = '"Times New Roman", Times, "Liberation Serif", serif';

/** Words after which a place name follows ("TỈNH BẮC GIANG"): the name is never broken. */
const PLACE = /(?:TỈNH|HUYỆN|THỊ XÃ|THÀNH PHỐ|THỊ TRẤN|XÃ|PHƯỜNG) \S.*$/u;

/**
 * A body's name as the lines of a document's header: "ỦY BAN NHÂN DÂN" on a line of its own (the
 * short form "UBND TỈNH BẮC GIANG" of a governing body stays on one), and
 * a place name ("TỈNH BẮC GIANG") held together (no-break spaces), so that no line ever breaks
 * inside a name.
 */
export function headerLines(name: string): string[] {
  const upper = name.trim();
  const committee = /^(ỦY BAN NHÂN DÂN)\s+(.+)$/u.exec(upper);
  const lines = committee ? [committee[1]!, committee[2]!] : [upper];
  return lines.map((line) => line.replace(PLACE, (place) => place.replace(/ /g, '\u00a0')));
}

/** A công văn names its addressees ("Kính gửi"); the archive copy ("Lưu: …") is not one. */
const isArchiveCopy = (r: string) => /^Lưu\b/u.test(r.trim());

export function addresseesOf(notice: Notice): string[] {
  return notice.docType === 'cong_van' ? notice.recipients.filter((r) => !isArchiveCopy(r)) : [];
}

/** "Nơi nhận": for a công văn, "Như trên" stands for the addressees. */
function recipientsOf(notice: Notice, asAbove: string): string[] {
  if (notice.docType !== 'cong_van') return notice.recipients;
  return [asAbove, ...notice.recipients.filter(isArchiveCopy)];
}

/** "Kính gửi:" and the addressees: one on the same line, several as a list under it. */
export function Addressees({ notice }: { notice: Notice }) {
  const t = useT();
  const to = addresseesOf(notice);
  if (to.length === 0) return null;
  if (to.length === 1) {
    return (
      <Box sx={{ textAlign: 'center', my: 2 }}>
        {t('notices.print_.to')} {to[0]}.
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', gap: 1, my: 2 }}>
      <Box sx={{ whiteSpace: 'nowrap' }}>{t('notices.print_.to')}</Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {to.map((r, i) => (
          <li key={i}>
            - {r}
            {i === to.length - 1 ? '.' : ';'}
          </li>
        ))}
      </Box>
    </Box>
  );
}

/** The signature block on its lines: authority, title, room for signature and seal, name. */
export function SignatureBlock({ notice, print = false }: { notice: Notice; print?: boolean }) {
  if (!notice.signerName && !notice.signerTitle) return null;
  return (
    <Box data-part="signature" sx={{ textAlign: 'center', fontWeight: 700 }}>
      {notice.signerAuthority ? <div>{notice.signerAuthority}</div> : null}
      {notice.signerTitle ? <div>{notice.signerTitle}</div> : null}
      <Box aria-hidden sx={{ height: print ? '22mm' : '3.5em' }} />
      <div>{notice.signerName}</div>
    </Box>
  );
}

/** The issuer's block of the header: governing body, issuer, a short rule. */
export function IssuerBlock({ notice }: { notice: Notice }) {
  return (
    <>
      {notice.governingBodyName
        ? headerLines(notice.governingBodyName).map((line) => <div key={line}>{line}</div>)
        : null}
      <Box sx={{ fontWeight: 700 }}>
        {headerLines(notice.issuerName).map((line) => (
          <div key={line}>{line}</div>
        ))}
      </Box>
    </>
  );
}

/**
 * A notice laid out as an official document (Decree 30/2020/NĐ-CP): issuing body top left, national
 * title and motto top right, number and symbol, place and date, type and subject, body, signer block,
 * recipients. A4 with Times New Roman; printing shows only this sheet.
 */
export function OfficialDocument({ notice }: { notice: Notice }) {
  const t = useT();
  const typeName = t(`notices.docType.${notice.docType}`).toLocaleUpperCase('vi-VN');
  const isLetter = notice.docType === 'cong_van';
  const recipients = recipientsOf(notice, t('notices.print_.asAbove'));
  return (
    <>
      <GlobalStyles
        styles={{
          '@page': { size: 'A4', margin: '20mm 15mm 20mm 30mm' },
          '@media print': {
            'body *': { visibility: 'hidden' },
            '#notice-print, #notice-print *': { visibility: 'visible' },
            '#notice-print': {
              position: 'absolute',
              left: 0,
              top: 0,
              width: '100%',
              boxShadow: 'none !important',
              padding: '0 !important',
              margin: '0 !important',
            },
          },
        }}
      />
      <Box
        id="notice-print"
        component="article"
        lang="vi"
        aria-label={notice.subject}
        sx={{
          fontFamily: FONT,
          fontSize: '13pt',
          lineHeight: 1.4,
          color: '#000',
          bgcolor: '#fff',
          width: { xs: '100%', md: '210mm' },
          minHeight: { md: '297mm' },
          boxSizing: 'border-box',
          p: { xs: 2, md: '20mm 15mm 20mm 30mm' },
          mx: 'auto',
          boxShadow: 2,
          '& *': { fontFamily: FONT },
        }}
      >
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '2fr 3fr' },
            gap: 2,
            textAlign: 'center',
          }}
        >
          <div>
            <Box data-part="issuer" sx={{ fontSize: '12.5pt' }}>
              <IssuerBlock notice={notice} />
            </Box>
            <Box sx={{ width: '35%', borderTop: '1px solid #000', mx: 'auto', my: 0.5 }} />
            <div>{t('notices.print_.number', { number: notice.number || '…' })}</div>
            {isLetter && (
              <Box sx={{ fontSize: '12pt', mt: 0.5 }}>
                {t('notices.print_.about', { subject: notice.subject })}
              </Box>
            )}
          </div>
          <div>
            <Box sx={{ fontWeight: 700, fontSize: '12.5pt' }}>{t('notices.print_.nation')}</Box>
            <Box sx={{ fontWeight: 700, fontSize: '13.5pt' }}>{t('notices.print_.motto')}</Box>
            <Box sx={{ width: '55%', borderTop: '1px solid #000', mx: 'auto', my: 0.5 }} />
            <Box sx={{ fontStyle: 'italic', mt: 1 }}>
              {notice.place}, {vietnameseLongDate(notice.issuedOn)}
            </Box>
          </div>
        </Box>
        {!isLetter && (
          <Box sx={{ textAlign: 'center', mt: 3 }}>
            <Box component="h1" sx={{ fontSize: '14pt', fontWeight: 700, m: 0 }}>
              {typeName}
            </Box>
            <Box sx={{ fontWeight: 700, fontSize: '14pt' }}>{notice.subject}</Box>
            <Box sx={{ width: '25%', borderTop: '1px solid #000', mx: 'auto', my: 1 }} />
          </Box>
        )}
        {isLetter && (
          <Box component="h1" sx={{ position: 'absolute', left: -10000 }}>
            {notice.subject}
          </Box>
        )}
        {isLetter && <Addressees notice={notice} />}
        <Box sx={{ mt: 2, textIndent: 0 }}>
          <NoticeBody html={notice.bodyHtml} print closing />
        </Box>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
            gap: 2,
            mt: 3,
            breakInside: 'avoid',
          }}
        >
          <Box sx={{ fontSize: '11pt' }}>
            <Box sx={{ fontWeight: 700, fontStyle: 'italic', fontSize: '12pt' }}>
              {t('notices.print_.recipients')}
            </Box>
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {recipients.map((r, i) => (
                <li key={i}>
                  - {r}
                  {i === recipients.length - 1 ? '.' : ';'}
                </li>
              ))}
            </Box>
          </Box>
          <SignatureBlock notice={notice} print />
        </Box>
      </Box>
    </>
  );
}
