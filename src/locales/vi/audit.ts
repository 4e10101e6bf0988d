export default {
  title: 'Nhật ký thao tác',
} as const;
