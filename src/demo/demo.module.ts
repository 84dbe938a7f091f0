import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { AuthModule } from '../auth/auth.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ArticlesModule, AuthModule], providers: [DemoSeeder] })
export class DemoModule {}
