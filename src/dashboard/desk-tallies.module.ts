import { Module } from '@nestjs/common';
import { DeskTallies } from './desk-tallies';

/** The running counts every claim write keeps current; a module of its own so writers need not import the dashboard. */
@Module({ providers: [DeskTallies], exports: [DeskTallies] })
export class DeskTalliesModule {}
