import { Paper } from '@mantine/core';
import { type DirectiveBucket, DirectiveBucketSchema } from '@partrack/contracts';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { bucketColours } from '../utils/palette';
import { ChartLinkShape } from './chart-link-shape';

export interface BucketDatum {
  unitId: string;
  name: string;
  counts: Record<DirectiveBucket, number>;
  /** The directive list behind each segment. */
  hrefs: Record<DirectiveBucket, string>;
  /** The accessible name of each segment's link. */
  linkLabels: Record<DirectiveBucket, string>;
}

export interface DirectiveBucketsChartProps {
  data: BucketDatum[];
  bucketNames: Record<DirectiveBucket, string>;
  onOpen: (href: string) => void;
}

const ROW_HEIGHT = 34;
const buckets = DirectiveBucketSchema.options;

/** Stacked bars of the directives per unit in the four buckets; each segment opens those directives. */
export function DirectiveBucketsChart({ data, bucketNames, onOpen }: DirectiveBucketsChartProps) {
  const rows = data.map((datum) => ({ ...datum, ...datum.counts }));
  return (
    <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 80}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={190} interval={0} />
        <Tooltip
          cursor={{ fillOpacity: 0.1 }}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as BucketDatum | undefined;
            if (!active || !datum) return null;
            return (
              <Paper withBorder shadow="sm" p="xs" fz="sm">
                <strong>{datum.name}</strong>
                {buckets.map((bucket) => (
                  <div key={bucket}>
                    {bucketNames[bucket]}: {datum.counts[bucket]}
                  </div>
                ))}
              </Paper>
            );
          }}
        />
        <Legend
          formatter={(value: string) => bucketNames[value as DirectiveBucket] ?? value}
          // In the order the segments stack, left to right (recharts sorts by name otherwise).
          itemSorter={(item) => buckets.indexOf(item.dataKey as DirectiveBucket)}
        />
        {buckets.map((bucket) => (
          <Bar
            key={bucket}
            dataKey={bucket}
            stackId="buckets"
            fill={bucketColours[bucket]}
            isAnimationActive={false}
            shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: BucketDatum }) =>
              props.payload ? (
                <ChartLinkShape
                  x={props.x}
                  y={props.y}
                  width={props.width}
                  height={props.height}
                  fill={bucketColours[bucket]}
                  href={props.payload.hrefs[bucket]}
                  label={props.payload.linkLabels[bucket]}
                  onOpen={onOpen}
                />
              ) : null
            }
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
