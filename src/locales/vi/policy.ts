export default {
  newTitle: 'Tạo tài khoản',
  newTitleOrg: 'Tạo tài khoản tổ chức',
  guideTitle: 'Hướng dẫn tại quầy',
  kind: {
    label: 'Loại tài khoản cần tạo',
    organisation: 'Tổ chức, doanh nghiệp',
    citizen: 'Tài khoản công dân',
  },
  replaced: {
    title: 'Công dân cần tài khoản?',
    body: 'Từ ngày {date}, công dân tự đăng ký và đăng nhập bằng tài khoản định danh điện tử VNeID. Hãy cùng công dân làm theo các bước trong hướng dẫn tại quầy.',
    link: 'Mở hướng dẫn tại quầy',
  },
  removal: {
    sources:
      'Căn cứ: Công văn số 3701/VPCP-KSTT ngày 29/05/2024 của Văn phòng Chính phủ; Công văn số 2834/UBND-NC ngày 31/05/2024 của UBND tỉnh Bắc Giang.',
    hotline: 'Công dân gặp vướng mắc với VNeID: gọi tổng đài hỗ trợ {phone} của Bộ Công an.',
  },
  removed: {
    title: 'Chức năng này đã được bỏ',
    body: 'Từ ngày {date}, cán bộ bộ phận một cửa không còn tạo tài khoản cho công dân. Công dân đăng ký, đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID (Công văn số {basis}).',
    next: 'Hãy hướng dẫn công dân dùng VNeID và liên kết tài khoản cũ.',
    guide: 'Mở hướng dẫn tại quầy',
    organisation: 'Tạo tài khoản tổ chức, doanh nghiệp',
  },
  org: {
    title: 'Tài khoản tổ chức, doanh nghiệp',
    intro:
      'Tài khoản tổ chức, doanh nghiệp vẫn được tạo và sử dụng như trước; việc chuyển sang VNeID chờ hướng dẫn của Bộ Công an.',
    validUntil:
      'Tài khoản tổ chức, doanh nghiệp tạo trên Cổng Dịch vụ công quốc gia được sử dụng đến hết ngày {date}.',
    organisation: 'Thông tin tổ chức',
    taxCode: 'Mã số thuế',
    taxCodeHelp: '10 chữ số, hoặc 10 chữ số-3 chữ số với chi nhánh (ví dụ 2400123456-001)',
    name: 'Tên tổ chức, doanh nghiệp',
    address: 'Địa chỉ trụ sở',
    district: 'Huyện, thị xã, thành phố',
    commune: 'Xã, phường, thị trấn',
    choose: '— Chọn —',
    email: 'Thư điện tử (không bắt buộc)',
    representative: 'Người đại diện theo pháp luật',
    repName: 'Họ và tên người đại diện',
    repId: 'Số định danh cá nhân (CCCD) của người đại diện',
    repIdHelp: '12 chữ số',
    repPhone: 'Số điện thoại người đại diện',
    phoneHelp: '10 chữ số, bắt đầu bằng 0',
    submit: 'Tạo tài khoản',
    submitting: 'Đang tạo…',
    draftRestored: 'Đã khôi phục thông tin bạn nhập dở lần trước.',
    clearDraft: 'Xóa thông tin đã nhập',
    created: 'Đã tạo tài khoản {id} cho {name}.',
    createdDetail: 'Mã số thuế {taxCode} · người tạo {user} · ngày {date}',
    another: 'Tạo tài khoản khác',
    errorsTitle: 'Vui lòng sửa các trường sau:',
  },
  citizen: {
    title: 'Tài khoản công dân',
    intro: 'Chức năng này sẽ bị bỏ từ ngày {date}; từ ngày đó công dân tự đăng ký bằng VNeID.',
    fullName: 'Họ và tên',
    identityNumber: 'Số định danh cá nhân (CCCD)',
    birthDate: 'Ngày sinh',
    phone: 'Số điện thoại',
    submit: 'Tạo tài khoản công dân',
    created: 'Đã tạo tài khoản {id} cho {name}.',
  },
  invalid: {
    taxCode: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số-3 chữ số.',
    cccd: 'Số định danh cá nhân gồm đúng 12 chữ số.',
    phone: 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.',
    email: 'Thư điện tử chưa đúng định dạng.',
    birthDate: 'Ngày sinh chưa hợp lệ.',
    scope: 'Xã, phường, thị trấn này không thuộc phạm vi của bạn.',
    duplicate: 'Mã số thuế này đã có tài khoản tạo tại quầy.',
  },
  handout: {
    title: 'Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID',
    intro:
      'Từ ngày 15/06/2024, Ông/Bà đăng ký và đăng nhập Cổng Dịch vụ công quốc gia chỉ bằng tài khoản định danh điện tử VNeID. Tài khoản cũ của Ông/Bà trên Cổng vẫn giữ nguyên hồ sơ; Ông/Bà chỉ cần liên kết tài khoản đó với VNeID theo các bước dưới đây.',
    steps: {
      account: {
        title: 'Có tài khoản VNeID',
        items: {
          a: 'Cài ứng dụng VNeID từ App Store hoặc Google Play (ứng dụng của Bộ Công an).',
          b: 'Đăng ký bằng số định danh cá nhân và số điện thoại của chính Ông/Bà. Khi thông tin khai báo khớp với Cơ sở dữ liệu quốc gia về dân cư, Ông/Bà được cấp tài khoản mức 1, đủ để làm thủ tục trực tuyến.',
        },
      },
      level2: {
        title: 'Khi cần tài khoản mức 2',
        items: {
          a: 'Tài khoản mức 2 được xác minh trực tiếp tại cơ quan công an, thường cùng lúc làm thẻ căn cước. Ông/Bà mang thẻ căn cước gắn chip đến công an cấp xã để được hướng dẫn kích hoạt.',
        },
      },
      link: {
        title: 'Liên kết tài khoản cũ trên Cổng',
        items: {
          a: 'Đăng nhập Cổng bằng tài khoản cũ và mở phần thông tin định danh.',
          b: 'Bấm “Cập nhật từ Cơ sở dữ liệu quốc gia về dân cư”.',
          c: 'Đăng xuất, rồi đăng nhập lại bằng nút “Đăng nhập bằng VNeID”: tài khoản cũ hiện trạng thái đã liên kết.',
        },
      },
      problems: {
        title: 'Khi gặp vướng mắc',
        items: {
          a: 'Mã xác thực gửi về số điện thoại cũ: kích hoạt lại trên ứng dụng bằng cách chạm thẻ căn cước gắn chip vào điện thoại (NFC), hoặc đến công an cấp xã để cập nhật số điện thoại.',
          b: 'Ứng dụng không nhận diện được khuôn mặt: thử lại ở nơi đủ sáng, bỏ kính và khẩu trang.',
          c: 'Họ tên, ngày sinh không khớp với Cơ sở dữ liệu quốc gia về dân cư: Ông/Bà đến công an cấp xã để được điều chỉnh.',
          d: 'Hồ sơ đang chờ công an phê duyệt: Ông/Bà chờ tin nhắn báo kết quả rồi đăng nhập lại.',
        },
      },
    },
    hotline: 'Hỗ trợ VNeID: tổng đài {phone} của Bộ Công an',
    qr: 'Quét mã để đọc thông báo của Sở Tư pháp về việc dùng tài khoản VNeID',
  },
  guide: {
    intro:
      'Các bước cán bộ cùng công dân thực hiện tại quầy để công dân dùng VNeID và liên kết tài khoản cũ trên Cổng Dịch vụ công quốc gia.',
    print: 'In tờ hướng dẫn cho công dân',
    stepsTitle: 'Các bước thực hiện',
    progress: 'Đã xong {done}/{total} bước',
    doneLabel: 'Đã xong bước {n}',
    steps: {
      check: {
        title: 'Kiểm tra tài khoản VNeID của công dân',
        items: {
          a: 'Hỏi công dân đã có tài khoản định danh điện tử VNeID chưa.',
          b: 'Nếu có, xem là mức 1 hay mức 2. Mức 1 đủ để làm thủ tục trực tuyến; mức 2 có thêm xác minh trực tiếp tại cơ quan công an.',
        },
      },
      install: {
        title: 'Cài đặt, kích hoạt hoặc đăng nhập VNeID',
        items: {
          a: 'Chưa có tài khoản: cài ứng dụng VNeID từ kho ứng dụng chính thức, đăng ký bằng số định danh cá nhân và số điện thoại của chính công dân.',
          b: 'Tài khoản mức 1 được cấp khi thông tin khai báo khớp với Cơ sở dữ liệu quốc gia về dân cư.',
          c: 'Đã có tài khoản: đăng nhập ứng dụng, hoặc dùng ứng dụng VNeID quét mã QR trên trang đăng nhập của Cổng Dịch vụ công quốc gia.',
        },
      },
      link: {
        title: 'Liên kết tài khoản cũ trên Cổng Dịch vụ công quốc gia',
        items: {
          a: 'Đăng nhập Cổng bằng tài khoản cũ, mở phần thông tin định danh.',
          b: 'Bấm “Cập nhật từ Cơ sở dữ liệu quốc gia về dân cư”.',
          c: 'Đăng xuất, rồi đăng nhập lại bằng nút “Đăng nhập bằng VNeID”.',
          d: 'Kiểm tra tài khoản cũ đã hiện trạng thái đã liên kết.',
        },
      },
      problems: {
        title: 'Khi gặp vướng mắc',
        items: {
          a: 'Mã xác thực gửi về số điện thoại cũ: kích hoạt lại trên ứng dụng bằng thẻ căn cước gắn chip (NFC), hoặc đến công an cấp xã để cập nhật số điện thoại.',
          b: 'Không nhận diện được khuôn mặt: thử lại ở nơi đủ sáng, bỏ kính và khẩu trang; nếu vẫn không được, đến công an cấp xã.',
          c: 'Họ tên, ngày sinh không khớp với Cơ sở dữ liệu quốc gia về dân cư: hướng dẫn công dân đến công an cấp xã để điều chỉnh. Tài khoản mức 2 phải đăng ký trực tiếp tại cơ quan công an.',
          d: 'Hồ sơ đang chờ công an phê duyệt: hẹn công dân quay lại sau khi được duyệt.',
        },
      },
      help: {
        title: 'Hỗ trợ',
        items: {
          a: 'Tổng đài hỗ trợ VNeID của Bộ Công an: 1900.0368.',
        },
      },
    },
    account: {
      title: 'Tài khoản của công dân',
      intro:
        'Tìm tài khoản cũ của công dân để theo dõi trong khi làm các bước và ghi nhận kết quả.',
      search: 'Tìm theo tên, số định danh hoặc số điện thoại',
      searchButton: 'Tìm',
      results: 'Kết quả tìm kiếm',
      total: 'Tìm thấy {count} tài khoản',
      total_one: 'Tìm thấy {count} tài khoản',
      refine: 'Đang hiện {shown} tài khoản đầu tiên; hãy nhập thêm để thu hẹp kết quả.',
      none: 'Không tìm thấy tài khoản nào.',
      choose: 'Chọn {name}',
      chooseShort: 'Chọn',
      convertedOn: 'Ngày chuyển đổi',
      selected: 'Tài khoản đang xử lý',
      change: 'Chọn tài khoản khác',
      open: 'Mở trang tài khoản',
      status: 'Trạng thái',
      idNumber: 'Số định danh',
      unit: 'Đơn vị',
      reason: 'Lý do chưa chuyển đổi',
      notActionable: 'Tài khoản này không cần liên kết thêm.',
      noPermission: 'Vai trò của bạn chỉ được xem, không được ghi nhận kết quả.',
    },
  },
} as const;
