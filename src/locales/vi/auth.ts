export default {
  title: 'Đăng nhập',
  subtitle: 'Dành cho cán bộ, lãnh đạo và quản trị viên',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  submit: 'Đăng nhập',
  submitting: 'Đang đăng nhập…',
  invalid: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  locked: 'Tài khoản bị tạm khóa do nhập sai nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  required: 'Vui lòng nhập {field}.',
  sessionExpired:
    'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại; dữ liệu bạn đang nhập vẫn được giữ.',
  signedOut: 'Bạn đã đăng xuất.',
  demoUsers: {
    title: 'Người dùng mẫu',
    hint: 'Mật khẩu của tất cả người dùng mẫu là {password}. Chọn một dòng để điền sẵn.',
    username: 'Tên đăng nhập',
    role: 'Vai trò',
    scope: 'Đơn vị',
    use: 'Dùng {username}',
  },
} as const;
