import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ClaimWriter } from '../claims/claim-writer';
import { ClaimHistory } from '../history/claim-history';

/**
 * On start, before anything else writes: history written before the ledger existed is brought into
 * it and the claim rows sealed, once. A database that never had legacy history skips this at once.
 */
@Injectable()
export class LedgerAdoption implements OnModuleInit {
  private readonly logger = new Logger(LedgerAdoption.name);

  constructor(
    private readonly history: ClaimHistory,
    private readonly claims: ClaimWriter,
  ) {}

  async onModuleInit(): Promise<void> {
    const adopted = await this.history.adoptLegacy();
    if (adopted === 0) return;
    const sealed = await this.claims.resealAll();
    this.logger.log(`Brought ${adopted} earlier history events into the ledger and sealed ${sealed} claims`);
  }
}
