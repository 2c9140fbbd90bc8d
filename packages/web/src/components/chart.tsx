/**
 * A small uPlot chart that fits its container. The picture is for the eye; the same numbers are always
 * given as a table too, and the chart's name says what it shows.
 *
 * uPlot's own legend shows a line's value only under the pointer, so on a phone, or before the mouse
 * moves, it reads "--". The legend here is plain HTML instead: each line's name, its dash, and its
 * latest value, always shown, also to screen readers and in larger text.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** The two ways a line is drawn; the legend's sample matches (see `.chart-legend` in the styles). */
export type LineStyle = 'solid' | 'dashed';

export interface LegendEntry {
  label: string;
  /** The line's latest value, in words: "3 op 2 dec", "20 min in week 3". */
  value: string;
  line: LineStyle;
}

export function Chart(props: {
  label: string;
  data: uPlot.AlignedData;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  legend: readonly LegendEntry[];
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const size = () => ({ width: Math.max(260, element.clientWidth), height: 240 });
    const options = { ...props.options, legend: { show: false }, ...size() };
    const chart = new uPlot(options, props.data, element);
    const resize = new ResizeObserver(() => {
      chart.setSize(size());
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.data, props.options]);
  return (
    <figure className="chart-figure">
      <div ref={box} className="chart" role="img" aria-label={props.label} />
      <ul className="chart-legend">
        {props.legend.map((entry) => (
          <li key={entry.label}>
            <span className={`chart-line ${entry.line}`} aria-hidden="true" />
            <span>
              <strong>{entry.label}</strong>: {entry.value}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
