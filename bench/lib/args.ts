import { parseArgs } from 'node:util';
import { PAGES, type PageKey } from './pages.js';

export interface BenchOptions {
  smoke: boolean;
  messages: number;
  rounds: number;
  cycles: number;
  alerts: number;
  /** Tabs of one user in the tabs scenario. */
  tabs: number;
  pages: PageKey[];
  scenarios: Scenario[];
  profile: boolean;
}

export const SCENARIOS = ['throughput', 'burst', 'center', 'lifecycle', 'tabs'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const USAGE = `npm run bench -- [--smoke] [--messages N] [--rounds N] [--pages a,b,c,d,e] [--only throughput,burst,center,lifecycle,tabs] [--profile]
  --smoke      5,000 messages, 1 round; budgets are reported, only correctness sets the exit code
  --messages   messages per throughput run, in the lifecycle run and per tab (default 100000)
  --rounds     throughput rounds, pages alternating (default 3)
  --pages      throughput pages by letter: a element toasts off, b element toasts on,
               c raw WebSocket, d partysocket, e element toasts on + notification center
               (default all; without a/b/e no element is needed)
  --only       scenarios to run: throughput,burst,center,lifecycle,tabs (default all)
  --profile    CPU-profile a batched run of (a), (b) and (e); print the top self-time functions`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} needs a positive integer, got "${value}"`);
  return number;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      messages: { type: 'string' },
      rounds: { type: 'string' },
      pages: { type: 'string' },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const byLetter = new Map(Object.entries(PAGES).map(([key, spec]) => [spec.id as string, key as PageKey]));
  const pages = (values.pages ?? 'a,b,c,d,e').split(',').map((letter) => {
    const key = byLetter.get(letter.trim());
    if (!key) throw new Error(`--pages: unknown page "${letter}" (use a, b, c, d, e)`);
    return key;
  });
  const scenarios = (values.only ?? SCENARIOS.join(',')).split(',').map((name) => {
    const scenario = SCENARIOS.find((known) => known === name.trim());
    if (!scenario) throw new Error(`--only: unknown scenario "${name}" (use ${SCENARIOS.join(', ')})`);
    return scenario;
  });
  return {
    smoke: values.smoke,
    messages: positiveInt('messages', values.messages, values.smoke ? 5_000 : 100_000),
    rounds: positiveInt('rounds', values.rounds, values.smoke ? 1 : 3),
    cycles: 100,
    alerts: 5_000,
    tabs: 4,
    pages,
    scenarios,
    profile: values.profile,
  };
}
