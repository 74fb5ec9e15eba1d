/** The components narratives and prose pages may use, passed to every MDX page. */
import Chart from './Chart.astro';
import Count from './Count.astro';
import Indicator from './Indicator.astro';
import Link from './Link.astro';
import Stat from './Stat.astro';
import StatusRule from './StatusRule.astro';
import Term from './Term.astro';

export const mdxComponents = { a: Link, Chart, Count, Indicator, Stat, StatusRule, Term };
