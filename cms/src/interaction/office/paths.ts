/** Admin paths of the office's views (under the admin route). */
export const DEADLINES_PATH = '/interaction/deadlines'
export const STATS_PATH = '/interaction/stats'
