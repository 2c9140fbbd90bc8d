/**
 * A loopback TCP relay in front of PostgreSQL that reads the PostgreSQL wire protocol going to the
 * database and records every named prepared statement: a Parse or Bind message naming a statement, or
 * SQL `PREPARE`. Behind PgBouncer in transaction pooling such a statement is left on a server connection
 * that the next transaction, perhaps another client's, gets; Debian's PgBouncer 1.18 does not track them,
 * so one client finds a statement it never made or misses its own ("prepared statement … does not exist").
 * That fails only now and then, by chance of which connection is free, so the test looks at the
 * traffic instead and fails on the first named statement, every time.
 *
 * Bytes are passed on unchanged; the relay only reads along. A stream it cannot follow (TLS, a broken
 * length) is reported as a problem, so a blind tap cannot pass for a clean one.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface NamedStatement {
  /** The statement's name; "(SQL PREPARE)" for a `PREPARE` in the query text. */
  name: string;
  sql: string;
}

export interface StatementTap {
  readonly port: number;
  /** Every named statement seen, each once. */
  readonly named: NamedStatement[];
  /** Streams the tap could not follow; a non-empty list means it may have missed something. */
  readonly problems: string[];
  /** Statements parsed with the extended protocol (named or not), simple queries, connections relayed. */
  readonly counts: { parse: number; query: number; connections: number };
  close(): Promise<void>;
}

const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSS_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
const MAX_MESSAGE = 1 << 30;
const PREPARE_SQL = /(^|;)\s*prepare\s/i;
const SQL_PREPARE = '(SQL PREPARE)';

export async function startStatementTap(upstreamPort: number): Promise<StatementTap> {
  const named: NamedStatement[] = [];
  const problems: string[] = [];
  const counts = { parse: 0, query: 0, connections: 0 };
  const sockets = new Set<Socket>();
  const seen = new Set<string>();
  // Each statement once (its Parse, then every Bind, name it), so a report lists statements, not uses.
  const note = (name: string, sql: string) => {
    const key = name === SQL_PREPARE ? sql : name;
    if (seen.has(key)) return;
    seen.add(key);
    named.push({ name, sql });
  };

  const server = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: upstreamPort });
    sockets.add(client).add(upstream);
    counts.connections++;
    const reader = new FrontendReader({
      onParse: (name, sql) => {
        counts.parse++;
        if (name !== '') note(name, sql);
        else if (PREPARE_SQL.test(sql)) note(SQL_PREPARE, sql);
      },
      // A name bound without being parsed here was parsed on another connection (or before a reconnect).
      onBind: (statement) => {
        if (statement !== '') note(statement, '(bound by name)');
      },
      onQuery: (sql) => {
        counts.query++;
        if (PREPARE_SQL.test(sql)) note(SQL_PREPARE, sql);
      },
      onProblem: (problem) => problems.push(problem),
    });
    // A second 'data' listener beside pipe() sees the same chunks without changing the flow.
    client.on('data', (chunk: Buffer) => {
      reader.feed(chunk);
    });
    client.pipe(upstream);
    upstream.pipe(client);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    // Either side going away (PgBouncer dropping a connection, the database stopping) ends both.
    for (const socket of [client, upstream]) {
      socket.on('error', close);
      socket.on('close', close);
    }
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

  return {
    port,
    named,
    problems,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

interface ReaderEvents {
  onParse(name: string, sql: string): void;
  onBind(statement: string): void;
  onQuery(sql: string): void;
  onProblem(problem: string): void;
}

/**
 * Splits what a client sends into messages: first untyped start-up packets (length, code), then typed
 * ones (a type byte, a length that counts itself, the body). See "Message Formats" in PostgreSQL's docs.
 */
class FrontendReader {
  private buffer: Buffer = Buffer.alloc(0);
  private startingUp = true;
  private lost = false;

  constructor(private readonly events: ReaderEvents) {}

  feed(chunk: Buffer): void {
    if (this.lost) return;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      // 0: incomplete, or lost (which also stops the next feed).
      const consumed = this.startingUp ? this.startupPacket() : this.typedMessage();
      if (consumed === 0) return;
      this.buffer = this.buffer.subarray(consumed);
    }
  }

  /** Returns the bytes used, or 0 when the packet is not complete yet. */
  private startupPacket(): number {
    if (this.buffer.length < 8) return 0;
    const length = this.buffer.readInt32BE(0);
    const code = this.buffer.readInt32BE(4);
    if (length < 8 || length > 10_000) return this.lose(`a start-up packet of ${length} bytes`);
    if (this.buffer.length < length) return 0;
    // The database answers an encryption request with one byte: 'N' (the test cluster has no TLS) means
    // the plain start-up follows. Were it 'S', the next bytes would be TLS and fail the checks above.
    if (code === SSL_REQUEST || code === GSS_REQUEST) return length;
    // A cancel request is all its connection carries.
    if (code === CANCEL_REQUEST) return length;
    if (code !== PROTOCOL_3) return this.lose(`a start-up packet with code ${code}`);
    this.startingUp = false;
    return length;
  }

  private typedMessage(): number {
    if (this.buffer.length < 5) return 0;
    const type = String.fromCharCode(this.buffer[0] ?? 0);
    const length = this.buffer.readInt32BE(1);
    if (length < 4 || length > MAX_MESSAGE) return this.lose(`a '${type}' message of ${length} bytes`);
    if (this.buffer.length < 1 + length) return 0;
    const body = this.buffer.subarray(5, 1 + length);
    if (type === 'P') {
      const [name, sql] = cStrings(body, 2);
      this.events.onParse(name ?? '', sql ?? '');
    } else if (type === 'B') {
      const [_portal, statement] = cStrings(body, 2);
      this.events.onBind(statement ?? '');
    } else if (type === 'Q') {
      this.events.onQuery(cStrings(body, 1)[0] ?? '');
    }
    return 1 + length;
  }

  private lose(what: string): number {
    this.lost = true;
    this.events.onProblem(`could not follow a connection's traffic: ${what}`);
    return 0;
  }
}

/** The first `count` NUL-terminated strings of a message body. */
function cStrings(body: Buffer, count: number): string[] {
  const strings: string[] = [];
  let start = 0;
  while (strings.length < count) {
    const end = body.indexOf(0, start);
    if (end < 0) break;
    strings.push(body.toString('utf8', start, end));
    start = end + 1;
  }
  return strings;
}
