export default {
  newTitle: 'Tạo tài khoản',
  guideTitle: 'Hướng dẫn tại quầy',
} as const;
