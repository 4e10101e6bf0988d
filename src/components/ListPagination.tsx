import TablePagination from '@mui/material/TablePagination';

/**
 * Pagination under a server-paginated table whose page (counted from 1) and size live in the URL.
 * Without `pageSizes` the size is fixed.
 */
export function ListPagination({
  total,
  page,
  pageSize,
  pageSizes,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  pageSizes?: readonly number[];
  onChange: (next: { page?: number; pageSize?: number }) => void;
}) {
  return (
    <TablePagination
      component="div"
      count={total}
      page={Math.max(0, Math.min(page - 1, Math.ceil(total / pageSize) - 1))}
      rowsPerPage={pageSize}
      rowsPerPageOptions={pageSizes ? [...pageSizes] : [pageSize]}
      onPageChange={(_, p) => onChange({ page: p + 1 })}
      onRowsPerPageChange={(e) => onChange({ pageSize: Number(e.target.value) })}
    />
  );
}
