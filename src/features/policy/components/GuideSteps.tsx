import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import type { TKey } from '../../../locales/vi';

/** The steps in order; each item is one line of plain advice for the desk and the handout. */
const steps: readonly { key: string; title: TKey; items: readonly TKey[] }[] = [
  {
    key: 'check',
    title: 'policy.guide.steps.check.title',
    items: ['policy.guide.steps.check.items.a', 'policy.guide.steps.check.items.b'],
  },
  {
    key: 'install',
    title: 'policy.guide.steps.install.title',
    items: [
      'policy.guide.steps.install.items.a',
      'policy.guide.steps.install.items.b',
      'policy.guide.steps.install.items.c',
    ],
  },
  {
    key: 'link',
    title: 'policy.guide.steps.link.title',
    items: [
      'policy.guide.steps.link.items.a',
      'policy.guide.steps.link.items.b',
      'policy.guide.steps.link.items.c',
      'policy.guide.steps.link.items.d',
    ],
  },
  {
    key: 'problems',
    title: 'policy.guide.steps.problems.title',
    items: [
      'policy.guide.steps.problems.items.a',
      'policy.guide.steps.problems.items.b',
      'policy.guide.steps.problems.items.c',
      'policy.guide.steps.problems.items.d',
    ],
  },
  {
    key: 'help',
    title: 'policy.guide.steps.help.title',
    items: ['policy.guide.steps.help.items.a'],
  },
];

/** The checklist: the officer ticks each step off; the ticks are for the desk, not the handout. */
export function GuideSteps() {
  const t = useT();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="steps-title"
      sx={{
        p: { xs: 2, sm: 3 },
        '@media print': { border: 0, p: 0 },
      }}
    >
      <Box
        sx={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          flexWrap: 'wrap',
          gap: 1,
        }}
      >
        <Typography id="steps-title" variant="h6" component="h2" sx={{ displayPrint: 'none' }}>
          {t('policy.guide.stepsTitle')}
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          aria-live="polite"
          sx={{ displayPrint: 'none' }}
        >
          {t('policy.guide.progress', { done: done.size, total: steps.length })}
        </Typography>
      </Box>
      <Box component="ol" sx={{ m: 0, mt: 1, pl: 0, listStyle: 'none', display: 'grid', gap: 2 }}>
        {steps.map((step, i) => (
          <Box
            component="li"
            key={step.key}
            sx={{ breakInside: 'avoid', '@media print': { mb: 0 } }}
            aria-labelledby={`step-${step.key}`}
          >
            <Typography
              id={`step-${step.key}`}
              variant="subtitle1"
              component="h3"
              sx={{ fontWeight: 700 }}
            >
              {i + 1}. {t(step.title)}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3, '& li': { mb: 0.5 } }}>
              {step.items.map((item) => (
                <Typography component="li" key={item}>
                  {t(item)}
                </Typography>
              ))}
            </Box>
            <FormControlLabel
              sx={{ displayPrint: 'none', ml: 0 }}
              control={
                <Checkbox
                  size="small"
                  checked={done.has(step.key)}
                  onChange={(e) =>
                    setDone((d) => {
                      const next = new Set(d);
                      if (e.target.checked) next.add(step.key);
                      else next.delete(step.key);
                      return next;
                    })
                  }
                />
              }
              label={t('policy.guide.doneLabel', { n: i + 1 })}
            />
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
