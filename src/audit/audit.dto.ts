import { ApiProperty } from '@nestjs/swagger';

export class BrokenLinkDto {
  @ApiProperty({ nullable: true, type: Number, description: 'The claim whose history breaks here (null for the ledger\'s head)' }) claimId: number | null;
  @ApiProperty({ nullable: true, type: Number }) eventId: number | null;
  @ApiProperty({ example: 'altered: its content does not match its authentication' }) reason: string;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Every event authentic and linked, every claim row agreeing with its history, the head where the history ends' }) ok: boolean;
  @ApiProperty({ description: 'Events walked in the desk\'s order' }) events: number;
  @ApiProperty({ description: 'Claim rows checked against their histories' }) claims: number;
  @ApiProperty() brokenCount: number;
  @ApiProperty({ type: [BrokenLinkDto], description: 'The first broken link of each claim (at most 1,000)' }) broken: BrokenLinkDto[];
}

export class AuditHeadDto {
  @ApiProperty({ description: 'Events in the ledger' }) seq: number;
  @ApiProperty({ nullable: true, type: String, description: 'Hash of the newest event: publish or notarise it to pin the history as it stands' }) hash: string | null;
  @ApiProperty({ nullable: true, type: String }) seal: string | null;
  @ApiProperty({ nullable: true, type: String }) updatedAt: string | null;
}
