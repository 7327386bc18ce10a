/** One table of `npm run bench`: printed as a table and written to bench/results.json. */
export interface BenchSection {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
  data?: unknown;
}
