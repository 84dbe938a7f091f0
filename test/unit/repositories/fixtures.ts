import type { Database } from '../../../src/database/database';
import { ArticlesRepository } from '../../../src/articles/articles.repository';
import { UsersRepository } from '../../../src/users/users.repository';

export const NOW = '2024-10-24T12:00:00.000Z';

/** A user and a live article to hang claims on (the tables' foreign keys want them). */
export async function userAndArticle(db: Database, body = 'Seoul meldet 3000 Soldaten. Moskau bestreitet das.'): Promise<{ userId: number; articleId: number; body: string }> {
  return db.write(async (tx) => {
    const user = await new UsersRepository(db).insert(tx, { email: `u${Math.random()}@desk`, displayName: 'U', role: 'checker', passwordHash: 'x', disabled: false, createdAt: NOW });
    const article = await new ArticlesRepository(db).insert(tx, {
      title: 'T', titleKey: 't', body, language: 'de', outlet: null, url: null, publishedAt: NOW, byline: null, wireAgencies: '[]',
      contentHash: `${Math.random()}`, revision: 1, createdById: user.id, createdAt: NOW, updatedAt: NOW, deletedAt: null,
    });
    return { userId: user.id, articleId: article.id, body };
  });
}
