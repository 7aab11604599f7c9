/** The dashboard's charts (recharts): few colours, values written on the bars, Chinese labels. */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type LegendPayload } from 'recharts';
import type { OverdueRow, ProgressRow, StayRow } from '../lib/dashboard-data';

export const COLORS = {
  closed: '#3f8f5f',
  open: '#c3cad5',
  red: '#cf1322',
  yellow: '#e0a100',
  column: '#3f6ea8',
  stay: '#7a5ea8',
};

const AXIS = { fontSize: 13, fill: '#434a56' };
const rowHeight = (n: number) => Math.max(140, n * 38 + 60);

/**
 * The legend as a list of colour swatches and names. Recharts' own labels each swatch "… legend icon"
 * (English) for screen readers; here the swatch is decorative and the name is read.
 */
function ChartLegend({ payload }: { payload?: ReadonlyArray<LegendPayload> }) {
  return (
    <ul className="chart-legend" aria-label="图例">
      {payload?.map((entry) => (
        <li key={String(entry.value)}>
          <span className="chart-legend-swatch" style={{ background: entry.color }} aria-hidden="true" />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}

/** Cards per column, left to right as on the board; 销号 in green. */
export function ColumnCountChart({ data }: { data: Array<{ key: string; title: string; total: number }> }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 24, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#eef0f3" />
        <XAxis dataKey="title" tick={AXIS} tickLine={false} />
        <YAxis allowDecimals={false} tick={AXIS} width={40} />
        <Tooltip formatter={(value) => [`${String(value)}条`, '事项']} />
        <Bar dataKey="total" name="事项" radius={[4, 4, 0, 0]} maxBarSize={64} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.key} fill={d.key === 'closed' ? COLORS.closed : COLORS.column} />
          ))}
          <LabelList dataKey="total" position="top" formatter={(v) => `${v}条`} style={{ fontSize: 13, fill: '#1f2329' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Mean finished stay per column, in days. */
export function StayChart({ data }: { data: StayRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 24, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#eef0f3" />
        <XAxis dataKey="name" tick={AXIS} tickLine={false} />
        <YAxis tick={AXIS} width={40} unit="天" />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as StayRow).label, '平均停留']} />
        <Bar dataKey="days" name="平均停留天数" fill={COLORS.stay} radius={[4, 4, 0, 0]} maxBarSize={64} isAnimationActive={false}>
          <LabelList dataKey="label" position="top" style={{ fontSize: 12, fill: '#1f2329' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Red and yellow items per department, stacked, one row per department. */
export function OverdueChart({ data }: { data: OverdueRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={rowHeight(data.length)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="#eef0f3" />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={150} interval={0} />
        <Tooltip formatter={(value, name) => [`${String(value)}条`, name]} />
        <Legend content={<ChartLegend />} />
        <Bar dataKey="red" name="红灯（已逾期）" stackId="w" fill={COLORS.red} isAnimationActive={false} maxBarSize={26}>
          <LabelList dataKey="red" position="center" formatter={(v) => (Number(v) > 0 ? v : '')} style={{ fill: '#fff', fontSize: 12 }} />
        </Bar>
        <Bar dataKey="yellow" name="黄灯（临近到期）" stackId="w" fill={COLORS.yellow} isAnimationActive={false} maxBarSize={26}>
          <LabelList dataKey="yellow" position="center" formatter={(v) => (Number(v) > 0 ? v : '')} style={{ fill: '#1f2329', fontSize: 12 }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** 已销号 + 未销号 per source or category, the whole bar being the total. */
export function ProgressChart({ data }: { data: ProgressRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={rowHeight(data.length)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 150, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="#eef0f3" />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={110} interval={0} />
        <Tooltip formatter={(value, name) => [`${String(value)}条`, name]} />
        <Legend content={<ChartLegend />} />
        <Bar dataKey="closed" name="已销号" stackId="p" fill={COLORS.closed} isAnimationActive={false} maxBarSize={26} />
        <Bar dataKey="open" name="未销号" stackId="p" fill={COLORS.open} isAnimationActive={false} maxBarSize={26}>
          <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: '#434a56' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
