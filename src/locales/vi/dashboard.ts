export default {
  title: 'Tiến độ chuyển đổi tài khoản',
} as const;
