/** The wall clock on the screen: 24-hour HH:MM in ASCII digits, read the same by both audiences. */
export function formatClock(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}
