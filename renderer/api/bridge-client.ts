import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  CutoverApi,
  EventName,
  EventPayload,
  Result,
} from '../../preload/contract';

/** How the bridge client finds the server and reconnects; overridable for tests. */
export interface BridgeOptions {
  /** Origin of the bridge server; defaults to the page's own origin. */
  origin?: string;
  /** First reconnect delay in milliseconds; doubles up to {@link maxBackoffMs}. */
  initialBackoffMs?: number;
  /** Longest wait between reconnect attempts. */
  maxBackoffMs?: number;
}

type Listener = (payload: unknown) => void;

/**
 * Builds `window.cutover` for browser mode (`cutover serve`): requests go over
 * `POST /api/invoke`, events arrive on the `/api/events` WebSocket. The auth cookie the
 * server set travels with both because they are same-origin, so no token is handled here.
 */
export function createBridgeClient(options: BridgeOptions = {}): CutoverApi {
  const origin = options.origin ?? window.location.origin;
  const events = createEventSocket(toSocketUrl(origin), options);

  return {
    invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
      return postInvoke(origin, channel, input) as Promise<Result<ChannelOutput<C>>>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return events.subscribe(event, listener as Listener);
    },
    // A browser never tells a page where a dropped file lives.
    pathForFile: () => null,
  };
}

async function postInvoke(origin: string, channel: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(new URL('/api/invoke', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ channel, input }),
    });
    if (!response.ok) return internal(`The engine answered HTTP ${response.status} ${response.statusText}`.trim());
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    // The contract promises invoke never throws, so transport failures become data too.
    return internal(`Could not reach the engine: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function internal(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function toSocketUrl(origin: string): string {
  const url = new URL('/api/events', origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

interface EventSocket {
  subscribe(event: string, listener: Listener): () => void;
}

/**
 * One WebSocket shared by every subscriber. It opens on the first subscription and
 * reconnects with exponential backoff whenever it drops, so a server restart or a laptop
 * waking from sleep does not leave the UI deaf to a run's progress.
 */
function createEventSocket(url: string, options: BridgeOptions): EventSocket {
  const initialBackoff = options.initialBackoffMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  const listeners = new Map<string, Set<Listener>>();
  let socket: WebSocket | null = null;
  let backoff = initialBackoff;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const dispatch = (raw: unknown) => {
    if (typeof raw !== 'string') return;
    let message: { event?: unknown; payload?: unknown };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      return;
    }
    if (typeof message.event !== 'string') return;
    for (const listener of listeners.get(message.event) ?? []) {
      try {
        listener(message.payload);
      } catch (error) {
        // One broken subscriber must not starve the others of events.
        console.error('run event listener failed', error);
      }
    }
  };

  const connect = () => {
    retryTimer = null;
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      backoff = initialBackoff;
    };
    ws.onmessage = (message) => dispatch(message.data);
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      retryTimer = setTimeout(connect, backoff);
      backoff = Math.min(backoff * 2, maxBackoff);
    };
  };

  return {
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      if (!socket && !retryTimer) connect();
      return () => {
        set.delete(listener);
      };
    },
  };
}
