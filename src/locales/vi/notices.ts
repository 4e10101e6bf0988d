export default {
  title: 'Thông báo hướng dẫn',
} as const;
