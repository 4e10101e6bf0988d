/** Vietnamese name parts with rough frequencies (Bắc Giang has many Thân, Giáp, Ngô). */
export const familyNames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 34],
  ['Trần', 9],
  ['Lê', 8],
  ['Phạm', 6],
  ['Hoàng', 5],
  ['Ngô', 4],
  ['Thân', 4],
  ['Giáp', 3],
  ['Vũ', 3],
  ['Đỗ', 3],
  ['Bùi', 3],
  ['Đặng', 2],
  ['Dương', 2],
  ['Đào', 2],
  ['Lương', 1.5],
  ['Nông', 1.5],
  ['Hà', 1.5],
  ['Chu', 1],
  ['Lý', 1],
  ['Trịnh', 1],
  ['Đinh', 1],
  ['Mai', 1],
  ['Tạ', 1],
  ['Phan', 1],
  ['Vi', 1],
  ['La', 0.5],
  ['Hứa', 0.5],
];

export const maleMiddle = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Công', 'Ngọc', 'Trọng', 'Mạnh', 'Đình'];
export const femaleMiddle = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Kim', 'Thùy', 'Diệu'];

export const maleGiven = [
  'An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hoà',
  'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong',
  'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng',
  'Việt', 'Vinh', 'Vũ', 'Hưng',
];
export const femaleGiven = [
  'An', 'Anh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hòa', 'Hoà',
  'Hồng', 'Huệ', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc',
  'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thu', 'Thủy', 'Trang', 'Uyên', 'Vân', 'Yến',
];

/** Organisation name parts: "Công ty TNHH Nông sản Lục Ngạn", "Hợp tác xã Vải thiều Tân Mộc"… */
export const orgForms = ['Công ty TNHH', 'Công ty cổ phần', 'Hợp tác xã', 'Doanh nghiệp tư nhân', 'Công ty TNHH MTV'];
export const orgTrades = [
  'Nông sản', 'Vải thiều', 'Xây dựng', 'Thương mại', 'Vận tải', 'May mặc', 'Điện tử', 'Cơ khí',
  'Thực phẩm', 'Dược phẩm', 'Gỗ', 'Du lịch', 'Môi trường', 'Công nghệ', 'Giáo dục', 'Bất động sản',
];
export const orgMarks = ['Hưng Thịnh', 'Phát Đạt', 'An Phú', 'Minh Long', 'Thành Công', 'Đại Việt', 'Kinh Bắc', 'Xương Giang', 'Bình Minh', 'Hoàng Gia', 'Sao Vàng', 'Tân Phát'];

/** Foreigners living or working in the industrial parks (Quang Châu, Vân Trung, Đình Trám…). */
export const foreignNames = [
  'KIM MIN JUN', 'LEE SEO YEON', 'PARK JI HOON', 'CHOI YU NA', 'WANG WEI', 'LI NA', 'ZHANG YONG',
  'CHEN JIE', 'TANAKA HIROSHI', 'SATO YUKI', 'LIN MEI', 'HUANG LEI', 'JOHN SMITH', 'MARIA GARCIA',
];
export const foreignNationalities = ['KR', 'KR', 'KR', 'CN', 'CN', 'CN', 'JP', 'TW', 'US', 'IN'];

/** Birth registration provinces for CCCD numbers: mostly Bắc Giang (024), some neighbours. */
export const birthProvinces: readonly (readonly [string, number])[] = [
  ['024', 88],
  ['001', 3],
  ['027', 2],
  ['019', 2],
  ['020', 2],
  ['022', 1],
  ['030', 1],
  ['079', 1],
];

export const phonePrefixes = ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098', '081', '082', '083', '084', '085', '088', '091', '094', '070', '076', '077', '078', '079', '089', '090', '093'];
