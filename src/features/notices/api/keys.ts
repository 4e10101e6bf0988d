export const noticeKeys = {
  all: ['notices'] as const,
  list: (q: string) => ['notices', 'list', q] as const,
  detail: (id: string) => ['notices', 'detail', id] as const,
  tracking: (id: string) => ['notices', 'tracking', id] as const,
  public: (id: string) => ['notices', 'public', id] as const,
};
