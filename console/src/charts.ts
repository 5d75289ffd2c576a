/** Chart.js, registered once with only the pieces the console draws (bars and lines). */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarElement, CategoryScale, LinearScale, LineElement, PointElement, Legend, Tooltip);

/** Colours of the series, in order. */
export const SERIES_COLOURS = ['#2f6fb0', '#d08a1e', '#3a9a5b', '#a4405f', '#6b5ca5', '#4a8d99'];

/** Options shared by the console's charts: no animation (the board moves enough), fixed height. */
export const BASE_OPTIONS = { animation: false, responsive: true, maintainAspectRatio: false } as const;
