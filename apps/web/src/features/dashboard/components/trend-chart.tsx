import { Paper } from '@mantine/core';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { okabeIto, rateColours } from '../utils/palette';

export interface TrendDatum {
  key: string;
  /** null: not reported in the bucket, drawn as a gap, never as 0. */
  value: number | null;
  valueText: string;
}

export interface TrendChartProps {
  data: TrendDatum[];
  isRate: boolean;
  target: number | null;
}

/** One unit's indicator over time; a bucket without figures leaves a gap in the line. */
export function TrendChart({ data, isRate, target }: TrendChartProps) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 16, right: 24, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="key" />
        <YAxis domain={isRate ? [0, 100] : ['auto', 'auto']} unit={isRate ? ' %' : undefined} width={70} />
        <Tooltip
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as TrendDatum | undefined;
            if (!active || !datum) return null;
            return (
              <Paper withBorder shadow="sm" p="xs" fz="sm">
                <strong>{datum.key}</strong>
                <div>{datum.valueText}</div>
              </Paper>
            );
          }}
        />
        {isRate && target !== null && (
          <ReferenceLine y={target} stroke={rateColours.target} strokeDasharray="6 3" strokeWidth={2} />
        )}
        <Line
          type="linear"
          dataKey="value"
          stroke={okabeIto.blue}
          strokeWidth={2}
          dot={{ r: 4, fill: okabeIto.blue }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
