import type { WriteTx } from './write-tx';

/** A kind of event that one feature publishes inside a write transaction and others react to in it. */
export class TxEvent<Payload> {
  /** Phantom: only carries the payload type. */
  declare readonly payload: Payload;
  constructor(readonly name: string) {}
}

type Handler<Payload> = (tx: WriteTx, payload: Payload) => Promise<void>;

/**
 * How a lower feature tells higher ones what it changed, inside the same transaction: sources
 * publishes "source merged" and claims and evidence move their references; users publishes "access
 * changed" and auth ends sessions. The publisher needs no import of its subscribers, so features
 * depend one way, and a subscriber's failure rolls the publisher's change back with it.
 */
export class TransactionEvents {
  private readonly handlers = new Map<TxEvent<unknown>, Handler<unknown>[]>();

  on<Payload>(event: TxEvent<Payload>, handler: Handler<Payload>): void {
    const list = this.handlers.get(event as TxEvent<unknown>) ?? [];
    list.push(handler as Handler<unknown>);
    this.handlers.set(event as TxEvent<unknown>, list);
  }

  /** Runs every handler in turn, in the publisher's transaction. */
  async publish<Payload>(tx: WriteTx, event: TxEvent<Payload>, payload: Payload): Promise<void> {
    for (const handler of this.handlers.get(event as TxEvent<unknown>) ?? []) await handler(tx, payload);
  }
}
