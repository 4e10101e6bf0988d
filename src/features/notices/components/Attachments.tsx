import AttachFile from '@mui/icons-material/AttachFile';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Download from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { fieldErrorText } from '../../../lib/problem';
import { useAddNoticeAttachment } from '../api/add-attachment';
import { useDownloadNoticeAttachment } from '../api/download-attachment';
import type { Notice } from '../api/get-notice';
import { useRemoveNoticeAttachment } from '../api/remove-attachment';

/** Mirrors the server's limits so a wrong file is refused before it is sent. */
const MAX_BYTES = 1024 * 1024;
const MAX_FILES = 5;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
const TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

type LocalProblem = 'file_type' | 'file_size' | 'file_count';

function checkFile(file: File, count: number): LocalProblem | null {
  if (count >= MAX_FILES) return 'file_count';
  if (file.type && !TYPES.includes(file.type)) return 'file_type';
  if (file.size > MAX_BYTES) return 'file_size';
  return null;
}

/**
 * The notice's attached files: a list everyone who reads the notice can download, and, for its
 * editors, an upload button (keyboard: a real button that opens the file picker) and remove buttons.
 * Names are shown as text only.
 */
export function Attachments({ notice, editable }: { notice: Notice; editable: boolean }) {
  const t = useT();
  const f = useFormat();
  const input = useRef<HTMLInputElement>(null);
  const add = useAddNoticeAttachment(notice.id);
  const remove = useRemoveNoticeAttachment(notice.id);
  const download = useDownloadNoticeAttachment(notice.id);
  const [local, setLocal] = useState<LocalProblem | null>(null);
  const items = notice.attachments;
  if (!editable && items.length === 0) return null;

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const problem = checkFile(file, items.length);
    setLocal(problem);
    if (!problem) add.mutate(file);
  };

  const serverField = add.error instanceof ApiError ? add.error.fieldErrors.file?.code : undefined;
  const fieldMessage = local ?? serverField;

  return (
    <Stack component="section" aria-labelledby="attachments-title" spacing={1}>
      <Typography id="attachments-title" component="h2" variant="h6">
        {t('notices.attachments.title')}
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('notices.attachments.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {items.map((a) => (
            <ListItem
              key={a.id}
              disableGutters
              secondaryAction={
                <Stack direction="row" spacing={0.5}>
                  <IconButton
                    aria-label={t('notices.attachments.download', { name: a.name })}
                    onClick={() => download.mutate(a)}
                  >
                    <Download />
                  </IconButton>
                  {editable && (
                    <IconButton
                      aria-label={t('notices.attachments.remove', { name: a.name })}
                      onClick={() => remove.mutate(a.id)}
                      disabled={remove.isPending}
                    >
                      <DeleteOutlined />
                    </IconButton>
                  )}
                </Stack>
              }
              sx={{ pr: editable ? 12 : 7 }}
            >
              <ListItemText
                primary={a.name}
                secondary={t('notices.attachments.size', {
                  type: t(
                    `notices.attachments.type.${a.type === 'application/pdf' ? 'pdf' : 'image'}`,
                  ),
                  kb: f.number(Math.max(1, Math.round(a.size / 1024))),
                })}
                slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
      {editable && (
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ alignItems: { sm: 'center' } }}
        >
          <Button
            variant="outlined"
            startIcon={<AttachFile />}
            onClick={() => input.current?.click()}
            disabled={add.isPending || items.length >= MAX_FILES}
            aria-describedby="attachments-hint"
          >
            {add.isPending ? t('notices.attachments.uploading') : t('notices.attachments.add')}
          </Button>
          <Typography id="attachments-hint" variant="body2" color="text.secondary">
            {t('notices.attachments.hint')}
          </Typography>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            onChange={onPick}
            data-testid="attachment-input"
          />
        </Stack>
      )}
      {fieldMessage ? (
        <Alert severity="error" role="alert">
          {fieldErrorText(t, fieldMessage)}
        </Alert>
      ) : add.isError ? (
        <QueryError error={add.error} />
      ) : null}
      {remove.isError && <QueryError error={remove.error} />}
      {download.isError && <QueryError error={download.error} />}
    </Stack>
  );
}
