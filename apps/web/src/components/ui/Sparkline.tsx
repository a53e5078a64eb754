interface SparklineProps {
  values: number[];
  target?: number | null;
  width?: number;
  height?: number;
  label: string;
}

/** A tiny trend line of a few dozen points, with the target as a dashed line. */
export function Sparkline({ values, target, width = 160, height = 40, label }: SparklineProps) {
  if (values.length < 2) return null;
  const all = target === null || target === undefined ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const x = (index: number) => (index / (values.length - 1)) * (width - 4) + 2;
  const y = (value: number) => height - 2 - ((value - min) / span) * (height - 4);
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  return (
    <svg width={width} height={height} role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`}>
      {target !== null && target !== undefined && (
        <line x1={0} x2={width} y1={y(target)} y2={y(target)} stroke="var(--mantine-color-green-5)" strokeDasharray="3 3" strokeWidth={1} />
      )}
      <polyline points={points} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}
