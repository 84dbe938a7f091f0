import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module';
import { AuthTokenEntity } from '../auth/auth-token.entity';
import { AuthService } from '../auth/auth.service';
import { ClaimsModule } from '../claims/claims.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { SourcesModule } from '../sources/sources.module';
import { UserEntity } from '../users/user.entity';
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
 * that calls the same /api with the session cookie. AuthService is stateless (tokens live in the
 * database), so this module has its own instance rather than reaching into AuthModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, AuthTokenEntity]), ArticlesModule, ClaimsModule, SourcesModule, DashboardModule],
  controllers: [SessionController, AssetsController],
  providers: [AuthService, PageSession, DeskPages, SourcePages, WebRoutes],
})
export class WebModule {}
