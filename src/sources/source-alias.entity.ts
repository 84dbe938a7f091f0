import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('source_aliases')
export class SourceAliasEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'source_id', type: 'integer' }) sourceId: number;
  @Column({ type: 'varchar', length: 300 }) alias: string;
  @Column({ name: 'alias_key', type: 'varchar', length: 300 }) aliasKey: string;
}
