import { Module } from '@nestjs/common';
import { ReviewHistory } from './review-history';

/** The append-only history every claim write goes through; its own module so every feature can use it. */
@Module({ providers: [ReviewHistory], exports: [ReviewHistory] })
export class ReviewHistoryModule {}
