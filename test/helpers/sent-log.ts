import { until } from './shadow.js';

/**
 * What the test server's send endpoints (`/__hearth/send/<scenario>`, test/server/send-scenarios.mjs)
 * received: the server side of every sending test.
 */

/** One request as the server received it. */
export interface SentRequest {
  scenario: string;
  /** The Idempotency-Key header ('' when there was none). */
  key: string;
  contentType: string | null;
  cookie: string | null;
  referer: string | null;
  authorization: string | null;
  body: string;
  /** How many times the server has seen this Idempotency-Key, this one included. */
  attempt: number;
  /** The status the server answered. */
  status: number;
  /** When it arrived (the server's clock, ms). */
  at: number;
}

/** Every request received since the last clear, oldest first. */
export async function sentLog(): Promise<SentRequest[]> {
  return (await fetch('/__hearth/sent')).json();
}

/** Empties the log, forgets the Idempotency-Keys seen, and puts the "held" scenario back to 503. */
export async function clearSentLog(): Promise<void> {
  await fetch('/__hearth/sent/clear');
}

/** The server is back: the "held" scenario answers 200 from now on. */
export async function releaseHeld(): Promise<void> {
  await fetch('/__hearth/held/release');
}

/** Waits until at least `count` requests have arrived (for at most `ms`), and returns the log. */
export async function untilSent(count: number, ms = 5000): Promise<SentRequest[]> {
  let log: SentRequest[] = [];
  await until(async () => (log = await sentLog()).length >= count, ms, `${count} request(s) at the test server`);
  return log;
}
