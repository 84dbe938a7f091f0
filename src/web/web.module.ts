import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { AuthModule } from '../auth/auth.module';
import { ClaimsModule } from '../claims/claims.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { SourcesModule } from '../sources/sources.module';
import { QueueModule } from '../queue/queue.module';
import { UsersModule } from '../users/users.module';
import { AssetsController } from './assets.controller';
import { DeskPages } from './desk-pages';
import { PageSession } from './page-session';
import { SessionController } from './session.controller';
import { SourcePages } from './source-pages';
import { WebRoutes } from './web-routes';

/** The web desk's Nest routes outside /api (the pages themselves are in web-routes.ts). */
export const WEB_ROUTES_OUTSIDE_API = ['login', 'session', 'session/logout', 'assets/:name'];

/**
 * The newsroom desk in the browser: server-rendered pages outside /api, a little script per page
 * that calls the same /api with the session cookie, signed in through the same AuthService.
 */
@Module({
  imports: [AuthModule, ArticlesModule, ClaimsModule, SourcesModule, DashboardModule, QueueModule, UsersModule],
  controllers: [SessionController, AssetsController],
  providers: [PageSession, DeskPages, SourcePages, WebRoutes],
})
export class WebModule {}
