/** The components narratives may use, passed to every MDX page. */
import Chart from './Chart.astro';
import Indicator from './Indicator.astro';
import Stat from './Stat.astro';

export const mdxComponents = { Chart, Indicator, Stat };
