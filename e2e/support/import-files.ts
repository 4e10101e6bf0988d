/**
 * Writes the account lists the import tests upload, made from the demo's own dataset
 * (`npx tsx e2e/support/import-files.ts DIR`): run apart, as Playwright's loader does not take the
 * dataset's JSON import. good.xlsx: 120 unconverted citizens shown linked, 30 converted ones as they
 * are, 6 accounts the demo lacks; bad.xlsx: 10 rows, rows 4, 6 and 9 wrong.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../../mocks/db/dataset';
import { sampleImportRows } from '../../mocks/db/import-sample';
import { toXlsx } from '../../src/lib/xlsx';

const dir = process.argv[2]!;
const ds = buildDataset();
const good = sampleImportRows(ds, { today: '2024-06-20', linked: 120, unchanged: 30, added: 6 });
writeFileSync(join(dir, 'good.xlsx'), toXlsx('DS', good));
const bad = sampleImportRows(ds, { today: '2024-06-20', linked: 10 });
bad[3]![2] = '02419012345';
bad[5]![5] = 'Phường Ba Đình';
bad[8]![3] = '0123';
writeFileSync(join(dir, 'bad.xlsx'), toXlsx('DS', bad));
