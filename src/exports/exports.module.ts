import { Module } from '@nestjs/common';
import { DeskExport } from './desk-export';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { ReportBuilder } from './report-builder';

@Module({ controllers: [ExportsController], providers: [ExportsService, ReportBuilder, DeskExport], exports: [ExportsService] })
export class ExportsModule {}
