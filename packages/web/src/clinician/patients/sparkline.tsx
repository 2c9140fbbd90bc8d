/**
 * A tiny pain trend for a row of the list: an inline SVG line of the last scores (0–10), for the eye
 * only; the row says the first and last score in words beside it.
 */
export function sparklinePoints(scores: readonly number[], width: number, height: number): string {
  if (scores.length === 0) return '';
  const step = scores.length === 1 ? 0 : width / (scores.length - 1);
  return scores
    .map((score, i) => {
      const x = scores.length === 1 ? width / 2 : i * step;
      const y = height - (Math.min(10, Math.max(0, score)) / 10) * height;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function Sparkline(props: { scores: readonly number[] }) {
  const width = 96;
  const height = 30;
  return (
    <svg
      className="cp-sparkline"
      width={width}
      height={height + 4}
      viewBox={`0 -2 ${width} ${height + 4}`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1="0" y1={height} x2={width} y2={height} className="cp-sparkline-base" />
      <polyline points={sparklinePoints(props.scores, width, height)} fill="none" />
    </svg>
  );
}
