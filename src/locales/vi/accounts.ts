export default {
  title: 'Tài khoản cần xử lý',
} as const;
