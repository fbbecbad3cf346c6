import { DEMO_USER } from './demo-events.js';
import type { StreamSpaceEndpoint } from './endpoint-types.js';

type Step = (endpoint: StreamSpaceEndpoint, round: number) => void;

/**
 * Realistic traffic, one step per tick, looping: a node degrading then recovering (with the
 * autoscaler reacting), a webhook retrying then succeeding, a scheduled session starting and
 * completing, a suspicious sign-in, a compliance finding. Events about one entity reuse its id,
 * so the page shows them updating one toast in place.
 */
const SCRIPT: Step[] = [
  (ep) => ep.broadcastNodeHealthUpdate('worker-02', 'healthy', 41.3, 55.0),
  (ep, round) => ep.broadcastScheduledSessionEvent(DEMO_USER, 12, 'started', `demo-firefox-${round}`),
  (ep, round) => ep.broadcastWebhookDelivery(DEMO_USER, 7, 1200 + round, 'retrying'),
  (ep) => ep.broadcastNodeHealthUpdate('worker-02', 'degraded', 87.6, 79.2),
  (ep, round) => ep.broadcastWebhookDelivery(DEMO_USER, 7, 1200 + round, 'retrying'),
  (ep) => ep.broadcastScalingEvent(3, 'scale_up', 'success'),
  (ep) => ep.broadcastSecurityAlert(DEMO_USER, 'failed_login', 'medium', 'Three failed sign-ins from 203.0.113.42'),
  (ep, round) => ep.broadcastWebhookDelivery(DEMO_USER, 7, 1200 + round, 'success'),
  (ep) => ep.broadcastNodeHealthUpdate('worker-02', 'degraded', 72.4, 66.0),
  (ep, round) => ep.broadcastComplianceViolation(DEMO_USER, 880 + round, 5, 'high'),
  (ep) => ep.broadcastNodeHealthUpdate('worker-02', 'healthy', 44.9, 57.3),
  (ep, round) => ep.broadcastScheduledSessionEvent(DEMO_USER, 12, 'completed', `demo-firefox-${round}`),
  (ep) => ep.broadcastSecurityAlert(DEMO_USER, 'mfa_failed', 'high', 'Multiple failed MFA attempts from 198.51.100.7'),
  (ep) => ep.broadcastScalingEvent(3, 'scale_down', 'success'),
];

export class ScenarioGenerator {
  #timer: NodeJS.Timeout | null = null;
  #step = 0;

  constructor(
    private readonly endpoint: StreamSpaceEndpoint,
    private readonly tickMs = 2500,
  ) {}

  get running(): boolean {
    return this.#timer !== null;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.#tick(), this.tickMs);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  #tick(): void {
    // Nobody listening (or the endpoint is "down"): the story waits rather than run unseen.
    if (!this.endpoint.running || this.endpoint.clientCount() === 0) return;
    const round = Math.floor(this.#step / SCRIPT.length) + 1;
    SCRIPT[this.#step % SCRIPT.length]!(this.endpoint, round);
    this.#step += 1;
  }
}
