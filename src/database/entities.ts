import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticleEntity } from '../articles/article.entity';
import { AuthTokenEntity } from '../auth/auth-token.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { AttributionEntity } from '../claims/attribution.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { ClaimTagEntity } from '../claims/claim-tag.entity';
import { DeskTallyEntity } from '../claims/desk-tally.entity';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { LedgerHeadEntity } from '../history/ledger-head.entity';
import { ReviewEventEntity } from '../history/review-event.entity';
import { SourceAliasEntity } from '../sources/source-alias.entity';
import { SourceMergeEntity } from '../sources/source-merge.entity';
import { SourceEntity } from '../sources/source.entity';
import { UserEntity } from '../users/user.entity';
import { ImportItemEntity } from '../imports/import-item.entity';
import { ImportJobEntity } from '../imports/import-job.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from '../webhooks/webhook-delivery.entity';
import { WebhookMessageEntity } from '../webhooks/webhook-message.entity';
import { WebhookEntity } from '../webhooks/webhook.entity';
import { NoteEntity } from '../notes/note.entity';
import { SavedFilterEntity } from '../queue/saved-filter.entity';

/**
 * Every table's entity, for the connection's metadata. This list is the only place the database layer
 * names features; each entity is read and written only by its own feature's repository.
 */
export const ENTITIES = [
  UserEntity, AuthTokenEntity, ArticleEntity, ArticleRevisionEntity, SourceEntity, SourceAliasEntity, SourceMergeEntity,
  ClaimEntity, AttributionEntity, ClaimTagEntity, EvidenceEntity, ReviewEventEntity, LedgerHeadEntity, DeskTallyEntity, LoginAttemptEntity,
  NoteEntity, SavedFilterEntity,
  ImportJobEntity, ImportItemEntity, WebhookEntity, WebhookMessageEntity, WebhookDeliveryEntity, WebhookAttemptEntity, NotificationEntity,
];
