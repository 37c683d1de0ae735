export interface ResultsPicture {
  title: string;
  lines: string[];
  /** Rank and score already written in the competition's digits. */
  rows: { rank: string; name: string; score: string }[];
  fontFamily: string;
}

/**
 * The final ranking drawn on a canvas, as a PNG the teacher can send to the class group. Made on
 * the device from what is on screen: nothing is uploaded, no library is downloaded.
 */
export function drawResults(picture: ResultsPicture): Promise<Blob | null> {
  const width = 1080;
  const rowHeight = 96;
  const top = 140 + picture.lines.length * 56;
  const height = top + picture.rows.length * rowHeight + 60;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) return Promise.resolve(null);
  const font = (px: number, weight = 400) => `${weight} ${px}px ${picture.fontFamily}`;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#b3261e';
  g.fillRect(0, 0, width, 16);
  g.fillStyle = '#1b1b1b';
  g.textBaseline = 'middle';
  g.font = font(52, 700);
  g.fillText(picture.title, 48, 84, width - 96);
  g.font = font(34);
  picture.lines.forEach((line, i) => g.fillText(line, 48, 150 + i * 56, width - 96));
  picture.rows.forEach((row, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    if (i === 0) {
      g.fillStyle = '#fdecea';
      g.fillRect(32, y - rowHeight / 2 + 6, width - 64, rowHeight - 12);
    }
    g.fillStyle = '#1b1b1b';
    g.font = font(40, 700);
    g.textAlign = 'left';
    g.fillText(row.rank, 48, y, 220);
    g.fillText(row.name, 280, y, width - 520);
    g.textAlign = 'right';
    g.fillText(row.score, width - 48, y);
  });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** Saves a blob as a file through a temporary link: a download, not an upload. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
