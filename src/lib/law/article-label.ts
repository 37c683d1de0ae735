const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 第十六条 for 16: the label the statute prints (1…99). */
export function articleLabel(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`article number out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return `第${tensPart}${ones === 0 ? '' : DIGITS[ones]}条`;
}
