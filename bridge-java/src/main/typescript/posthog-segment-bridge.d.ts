// Type declarations for posthog-segment-bridge: the config a page sets before the
// script tag, and the runtime API the script puts on window.

/** Settings of the bridge; each also has a data-* attribute on the script tag. */
export interface PostHogSegmentBridgeConfig {
  /** PostHog project API key, `phc_...`. A personal key (`phx_...`) is refused. */
  apiKey: string;
  /** Where PostHog events go. Default `https://us.i.posthog.com`. */
  apiHost?: string;
  /** PostHog's app URL, for toolbar links when `apiHost` is a reverse proxy. */
  uiHost?: string;
  /** Where posthog-js is loaded from. Default: PostHog's assets host, or `apiHost`. */
  scriptUrl?: string;
  /**
   * Further `posthog.init` options. `segment`, `capture_pageview` and `loaded` belong
   * to the bridge; a `loaded` given here still runs, after the bridge's.
   */
  posthog?: Record<string, unknown>;
  /** How long to wait for Segment, then for PostHog, before falling back. Default 5000. */
  timeoutMs?: number;
  /** Group type to group key, sent as `$groups` with every event. */
  groups?: Record<string, string>;
  /** Send `analytics.page()` when a single-page app changes its path. Default false. */
  spaPageviews?: boolean;
  /** Trace each step to the console. Default false. */
  debug?: boolean;
}

export type PostHogSegmentBridgeState =
  | "waiting-for-segment"
  | "loading-posthog"
  | "linked"
  | "posthog-only"
  | "segment-only"
  | "misconfigured";

export interface PostHogSegmentBridgeStatus {
  state: PostHogSegmentBridgeState;
  firstPageviewSent: boolean;
  /** PostHog's distinct id once it has loaded, else Segment's user or anonymous id. */
  distinctId: string | null;
  /** Every message the bridge has logged so far. */
  problems: string[];
}

export interface PostHogSegmentBridge {
  readonly version: string;
  status(): PostHogSegmentBridgeStatus;
  /** Sets or changes a group for all later events, in Segment and in PostHog. */
  group(type: string, key: string): void;
  /** Calls back once with the outcome when the bridge settles (at once if it has). */
  onLinked(callback: (status: PostHogSegmentBridgeStatus) => void): void;
}

declare global {
  interface Window {
    posthogSegmentBridgeConfig?: PostHogSegmentBridgeConfig;
    posthogSegmentBridge?: PostHogSegmentBridge;
  }
}
