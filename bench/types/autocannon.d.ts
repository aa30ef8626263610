/**
 * The part of autocannon 8's programmatic API the benchmarks use (the
 * package ships no types). See its README, "API" and "Customizing sent
 * requests".
 */
declare module "autocannon" {
  /** A request as autocannon builds it; `setupRequest` may change any field. */
  export interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest | null | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  }

  export interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    pipelining?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    requests?: AutocannonRequest[];
    /** Requests a second over all connections; unlimited when absent. */
    overallRate?: number;
    /** Keep the latency correction for coordinated omission when a rate is set (default false). */
    ignoreCoordinatedOmission?: boolean;
  }

  /** An hdr-histogram summary. */
  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    sent?: number;
    p50: number;
    p90: number;
    p99: number;
    p99_9: number;
  }

  export interface AutocannonResult {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    "2xx": number;
    start: Date;
    finish: Date;
  }

  export interface Instance extends Promise<AutocannonResult> {
    stop(): void;
    on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }

  function autocannon(options: AutocannonOptions): Instance;
  export default autocannon;
}
