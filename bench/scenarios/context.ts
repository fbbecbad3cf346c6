import type { BrowserContext } from 'playwright-core';
import type { BenchEndpoint } from '../lib/bench-endpoint.js';

/** What every scenario runs against: one browser context, the endpoint, the page server. */
export interface ScenarioContext {
  context: BrowserContext;
  endpoint: BenchEndpoint;
  /** http://127.0.0.1:PORT serving /pages/, /dist/, /node_modules/partysocket/ */
  origin: string;
  userId: string;
  token: string;
}
