import { urls } from '../urls.ts';

/** The tracker's exports (contracts.md: /api/tasks.json; CSVs under /theo-doi/). */
export const trackerUrls = {
  tasksJson: '/api/tasks.json',
  matrixCsv: `${urls.tracker}bang-theo-doi.csv`,
  tasksCsv: `${urls.tracker}nhiem-vu.csv`,
};
