import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import { vietnameseLongDate } from '../../../lib/dates';
import { useT } from '../../../lib/i18n';
import type { Notice } from '../api/get-notice';
import { NoticeBody } from './NoticeBody';

const FONT = '"Times New Roman", Times, "Liberation Serif", serif';

/**
 * A notice laid out as an official document (Decree 30/2020/NĐ-CP): issuing body top left, national
 * title and motto top right, number and symbol, place and date, type and subject, body, signer block,
 * recipients. A4 with Times New Roman; printing shows only this sheet.
 */
export function OfficialDocument({ notice }: { notice: Notice }) {
  const t = useT();
  const typeName = t(`notices.docType.${notice.docType}`).toLocaleUpperCase('vi-VN');
  const isLetter = notice.docType === 'cong_van';
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
            <Box sx={{ fontWeight: 700, fontSize: '12.5pt' }}>{notice.issuerName}</Box>
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
        <Box sx={{ mt: 2, textIndent: 0 }}>
          <NoticeBody html={notice.bodyHtml} print />
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
              {notice.recipients.map((r, i) => (
                <li key={i}>
                  - {r}
                  {i === notice.recipients.length - 1 ? '.' : ';'}
                </li>
              ))}
            </Box>
          </Box>
          <Box sx={{ textAlign: 'center', fontWeight: 700 }}>
            <div>{notice.signerAuthority}</div>
            <div>{notice.signerTitle}</div>
            <Box sx={{ height: '22mm' }} />
            <div>{notice.signerName}</div>
          </Box>
        </Box>
      </Box>
    </>
  );
}
