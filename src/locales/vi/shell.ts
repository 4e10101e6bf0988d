export default {
  nav: {
    label: 'Điều hướng chính',
    home: 'Tiến độ chuyển đổi',
    accounts: 'Tài khoản cần xử lý',
    accountNew: 'Tạo tài khoản tổ chức',
    guide: 'Hướng dẫn tại quầy',
    notices: 'Thông báo hướng dẫn',
    audit: 'Nhật ký thao tác',
    imports: 'Nhập số liệu',
  },
  openMenu: 'Mở menu điều hướng',
  closeMenu: 'Đóng menu điều hướng',
  userMenu: 'Tài khoản của bạn',
  signOut: 'Đăng xuất',
  scopeProvince: 'Toàn tỉnh',
  scopeDistrict: 'Phạm vi: {name}',
  forbidden: {
    title: 'Bạn không có quyền xem trang này',
    body: 'Vai trò của bạn không được phép truy cập chức năng này. Nếu cần, hãy liên hệ quản trị hệ thống.',
    home: 'Về trang tiến độ',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Địa chỉ này không tồn tại hoặc đã được chuyển đi.',
    home: 'Về trang chủ',
  },
  routeError: {
    title: 'Không hiển thị được trang này',
    body: 'Đã xảy ra lỗi ngoài dự kiến. Bạn có thể thử tải lại phần này.',
  },
  search: {
    label: 'Tìm tài khoản',
    field: 'Tìm tài khoản theo họ tên, số định danh hoặc số điện thoại',
    placeholder: 'Họ tên, số định danh, số điện thoại',
    open: 'Mở ô tìm tài khoản',
    submit: 'Tìm',
    searching: 'Đang tìm…',
  },
  /** The policy banner above every signed-in page (core: it shows before any feature loads). */
  pinnedNotice: {
    text: 'Thông báo cần đọc: {subject}',
    open: 'Đọc và xác nhận',
    later: 'Để sau',
  },
  policyBanner: {
    region: 'Thông báo về chính sách',
    removed:
      'Từ ngày {date}, bộ phận một cửa không còn tạo tài khoản cho công dân (Công văn số 3701/VPCP-KSTT và số 2834/UBND-NC). Hãy hướng dẫn công dân sử dụng VNeID; tổng đài hỗ trợ VNeID: 1900.0368.',
    deadlinePassed:
      'Đã qua hạn chuyển đổi tài khoản công dân ({date}). Trong phạm vi của bạn còn {count} tài khoản chưa chuyển đổi.',
    deadlinePassed_one:
      'Đã qua hạn chuyển đổi tài khoản công dân ({date}). Trong phạm vi của bạn còn {count} tài khoản chưa chuyển đổi.',
    deadlinePassedNoCount: 'Đã qua hạn chuyển đổi tài khoản công dân ({date}).',
    guide: 'Xem hướng dẫn tại quầy',
    accounts: 'Xem các tài khoản còn lại',
    dismiss: 'Ẩn thông báo này',
  },
} as const;
