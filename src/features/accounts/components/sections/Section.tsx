import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import type { AccountDetail } from '../../../../api/accounts';

export type HeadingLevel = 2 | 3;

export interface SectionOptions {
  /** Level of the sections' headings: 2 on the account's page, 3 in the list's side panel. */
  level: HeadingLevel;
  /** Where a link to another account (a duplicate) goes: its page, or the panel beside the list. */
  hrefOf: (id: string) => string;
  /** After duplicates are merged into `keptId`, show that account. */
  onMerged: (keptId: string) => void;
}

/** What each section of an account's page or panel is given. */
export type SectionProps = SectionOptions & { account: AccountDetail };

/**
 * One section of an account: an outlined region named by its heading. `beside` sits on the
 * heading's line (a status); `gap` lays the contents out as a grid with that spacing.
 */
export function Section({
  title,
  level,
  beside,
  gap,
  children,
}: {
  title: ReactNode;
  level: HeadingLevel;
  beside?: ReactNode;
  gap?: number;
  children: ReactNode;
}) {
  const titleId = useId();
  const heading = (
    <Typography
      id={titleId}
      variant="h6"
      component={`h${level}`}
      sx={beside || gap ? undefined : { mb: 1 }}
    >
      {title}
    </Typography>
  );
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      sx={gap ? { p: 2, display: 'grid', gap } : { p: 2 }}
    >
      {beside ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: gap ? 0 : 1 }}>
          {heading}
          {beside}
        </Stack>
      ) : (
        heading
      )}
      {children}
    </Paper>
  );
}
