/**
 * Loaded into a build with `node --import`: on exit, writes the process's peak
 * resident memory (kB, as process.resourceUsage reports it; worker threads included)
 * to the file MAX_RSS_FILE names, for the benchmark's table.
 */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.MAX_RSS_FILE) writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
