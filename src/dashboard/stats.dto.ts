import { ApiProperty } from '@nestjs/swagger';
import { SourceSummaryDto } from '../sources/source-summary.dto';

export class SourceRecordStatsDto {
  @ApiProperty({ type: SourceSummaryDto }) source: SourceSummaryDto;
  @ApiProperty() claims: number;
  @ApiProperty() open: number;
  @ApiProperty() corroborated: number;
  @ApiProperty() disputed: number;
  @ApiProperty() inconclusive: number;
}

export class ArticleStatsDto {
  @ApiProperty() articleId: number;
  @ApiProperty() title: string;
  @ApiProperty() claims: number;
  @ApiProperty() open: number;
  @ApiProperty() corroborated: number;
  @ApiProperty() disputed: number;
  @ApiProperty() inconclusive: number;
}

export class BacklogStatsDto {
  @ApiProperty({ description: 'Claims not yet given a verdict (unverified or in review)' }) open: number;
  @ApiProperty({ nullable: true, type: String }) oldestOpenSince: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Age of the oldest open claim in hours' }) oldestAgeHours: number | null;
  @ApiProperty({ description: 'Open claims by age', example: { under1Day: 3, from1To7Days: 2, from7To30Days: 0, over30Days: 1 } })
  byAge: { under1Day: number; from1To7Days: number; from7To30Days: number; over30Days: number };
}

export class StatsResponseDto {
  @ApiProperty() generatedAt: string;
  @ApiProperty() total: number;
  @ApiProperty({ example: { unverified: 10, in_review: 2, corroborated: 3, disputed: 1, inconclusive: 0 } }) byStatus: Record<string, number>;
  @ApiProperty({ description: 'Verdicts awaiting an editor\'s approval' }) awaitingApproval: number;
  @ApiProperty({ type: [SourceRecordStatsDto], description: 'The most-cited sources with their record' }) bySource: SourceRecordStatsDto[];
  @ApiProperty({ type: [ArticleStatsDto], description: 'Articles with the most open claims' }) byArticle: ArticleStatsDto[];
  @ApiProperty({ type: BacklogStatsDto }) backlog: BacklogStatsDto;
}
