import { ApiProperty } from '@nestjs/swagger';
import { ClaimResponseDto } from '../../claims/claim.dto';

export class RelatedClaimDto {
  @ApiProperty({ type: ClaimResponseDto }) claim: ClaimResponseDto;
  @ApiProperty({ enum: ['agrees', 'contradicts'] }) relation: 'agrees' | 'contradicts';
  @ApiProperty({ description: 'Its originators are outside this claim\'s sources, relays and their organisations' }) independent: boolean;
  @ApiProperty({ description: 'How much the two claims share; higher is closer' }) score: number;
  @ApiProperty({ type: [String], description: 'Figures both state, e.g. 3000' }) sharedFigures: string[];
  @ApiProperty({ type: [String], description: 'Word stems both use' }) sharedTerms: string[];
}

export class RelatedClaimsResponseDto {
  @ApiProperty() claimId: number;
  @ApiProperty({ type: [RelatedClaimDto], description: 'Suggestions for a checker, never a verdict; add one as evidence to use it' }) items: RelatedClaimDto[];
}
