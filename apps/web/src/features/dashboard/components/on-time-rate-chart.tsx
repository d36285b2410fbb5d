import { Paper } from '@mantine/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { rateColours } from '../utils/palette';
import { ChartLinkShape } from './chart-link-shape';

export interface RateBarDatum {
  key: string;
  basis: 'computed' | 'reported';
  /** The unit (and tier) on the axis. */
  name: string;
  rate: number;
  /** `100,00 %` or `99,9 % (số liệu báo cáo)`, written at the end of the bar. */
  valueText: string;
  /** The counts shown in the tooltip: `(2.763 / 2.763)`. */
  detail: string | null;
  /** The accessible name of the bar's link. */
  linkLabel: string;
  href: string;
}

export interface OnTimeRateChartProps {
  data: RateBarDatum[];
  target: number;
  targetLabel: string;
  onOpen: (href: string) => void;
}

const ROW_HEIGHT = 34;

/** Ranked horizontal bars of the on-time rate, with the target line; each bar opens its unit's inspections. */
export function OnTimeRateChart({ data, target, targetLabel, onOpen }: OnTimeRateChartProps) {
  return (
    <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 50}>
      <BarChart data={data} layout="vertical" margin={{ top: 20, right: 200, bottom: 0, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} unit=" %" />
        <YAxis type="category" dataKey="name" width={190} interval={0} />
        <Tooltip
          cursor={{ fillOpacity: 0.1 }}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as RateBarDatum | undefined;
            if (!active || !datum) return null;
            return (
              <Paper withBorder shadow="sm" p="xs" fz="sm">
                <strong>{datum.name}</strong>
                <div>{datum.valueText}</div>
                {datum.detail && <div>{datum.detail}</div>}
              </Paper>
            );
          }}
        />
        <Bar
          dataKey="rate"
          isAnimationActive={false}
          shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: RateBarDatum }) =>
            props.payload ? (
              <ChartLinkShape
                x={props.x}
                y={props.y}
                width={props.width}
                height={props.height}
                fill={rateColours[props.payload.basis]}
                href={props.payload.href}
                label={props.payload.linkLabel}
                onOpen={onOpen}
              />
            ) : null
          }
        >
          <LabelList dataKey="valueText" position="right" fill="currentColor" />
        </Bar>
        <ReferenceLine
          x={target}
          stroke={rateColours.target}
          strokeDasharray="6 3"
          strokeWidth={2}
          label={{ value: targetLabel, position: 'top', fill: 'currentColor' }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
