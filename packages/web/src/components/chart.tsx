/**
 * A small uPlot chart that fits its container. The picture is for the eye; the same numbers are always
 * given as a table too, and the chart's name says what it shows.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function Chart(props: {
  label: string;
  data: uPlot.AlignedData;
  options: Omit<uPlot.Options, 'width' | 'height'>;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const size = () => ({ width: Math.max(260, element.clientWidth), height: 240 });
    const chart = new uPlot({ ...props.options, ...size() }, props.data, element);
    const resize = new ResizeObserver(() => {
      chart.setSize(size());
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.data, props.options]);
  return <div ref={box} className="chart" role="img" aria-label={props.label} />;
}
