import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EXPORT_FORMATS, ExportFormatName } from './formats';
import type { ExportSettings } from './report.types';
import { ReportBuilder } from './report-builder';

export interface ExportedDocument {
  contentType: string;
  fileName: string;
  body: string | Buffer;
}

@Injectable()
export class ExportsService {
  private readonly config: AppConfig;

  constructor(
    private readonly reports: ReportBuilder,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.config = config.getOrThrow<AppConfig>(APP_CONFIG);
  }

  async exportArticle(articleId: number, format: ExportFormatName, rows: 'claims' | 'attributions' = 'claims'): Promise<ExportedDocument> {
    const report = await this.reports.buildReport(articleId);
    const settings: ExportSettings = {
      baseUrl: this.config.publicBaseUrl,
      organization: { name: this.config.organizationName, url: this.config.organizationUrl },
      // Labels follow the article's language: a German desk publishes German verdict labels.
      ratingLabels: report.article.language.toLowerCase().startsWith('de') ? 'de' : 'en',
    };
    const exporter = EXPORT_FORMATS[format];
    const body = await exporter.render(report, settings, { rows });
    const suffix = format === 'claimreview' ? '-claimreview' : format === 'w3c' ? '-annotations' : rows === 'attributions' ? '-attributions' : '';
    return { contentType: exporter.contentType, fileName: `claimtrack-article-${articleId}${suffix}.${exporter.extension}`, body };
  }
}
