import { Global, Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { Meters } from './meters';
import { MetricsRoute } from './metrics-route';

/** Prometheus metrics at GET /metrics; `Meters` is global so that imports and webhooks count their outcomes. */
@Global()
@Module({
  imports: [ClaimsModule],
  providers: [Meters, MetricsRoute],
  exports: [Meters],
})
export class MetricsModule {}
