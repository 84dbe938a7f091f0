import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ArticlesModule, UsersModule], providers: [DemoSeeder] })
export class DemoModule {}
