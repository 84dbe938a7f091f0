import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/ids';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../common/http/authenticated.decorator';
import type { Actor } from '../common/vocabulary';
import { ExtractionResponseDto, ArticleImportResponseDto, ArticlePageDto, ArticleResponseDto, ArticleRevisionResponseDto, CreateArticleDto, ListArticlesQueryDto, UpdateArticleDto } from './article.dto';
import { ArticlesService } from './articles.service';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @ApiOperation({ summary: 'Import an article and put its extracted claims on the desk' })
  @Authenticated('checker')
  @ApiConflictResponse({ description: 'The same body is already on the desk; existingArticleId points to it' })
  @ApiCreatedResponse({ type: ArticleImportResponseDto })
  importArticle(@Body() body: CreateArticleDto, @CurrentActor() actor: Actor): Promise<ArticleImportResponseDto> {
    return this.articles.importArticle(body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'List articles: filters, keyset pages' })
  @Authenticated()
  @ApiOkResponse({ type: ArticlePageDto })
  listArticles(@Query() query: ListArticlesQueryDto, @CurrentActor() actor: Actor): Promise<ArticlePageDto> {
    return this.articles.listArticles(query, actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One article with its body' })
  @Authenticated()
  @ApiOkResponse({ type: ArticleResponseDto })
  getArticle(@Param('id', ParseIdPipe) id: number): Promise<ArticleResponseDto> {
    return this.articles.getArticle(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit an article; a new body is a new revision and its claims re-anchor' })
  @Authenticated('checker')
  @ApiOkResponse({ type: ArticleRevisionResponseDto })
  reviseArticle(@Param('id', ParseIdPipe) id: number, @Body() body: UpdateArticleDto, @CurrentActor() actor: Actor): Promise<ArticleRevisionResponseDto> {
    return this.articles.reviseArticle(id, body, actor);
  }

  @Post(':id/extract')
  @ApiOperation({ summary: 'Run the attribution extractor again (no duplicate claims)' })
  @HttpCode(200)
  @Authenticated('checker')
  @ApiOkResponse({ type: ExtractionResponseDto })
  extractAgain(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor): Promise<ExtractionResponseDto> {
    return this.articles.extractAgain(id, actor);
  }

  @Post(':id/restore')
  @ApiOperation({ summary: 'Bring a deleted article and its claims back (admin)' })
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOkResponse({ type: ArticleResponseDto, description: 'A deleted article and its claims are back on the desk' })
  restoreArticle(@Param('id', ParseIdPipe) id: number): Promise<ArticleResponseDto> {
    return this.articles.restoreArticle(id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete an article: it and its claims leave every list, count and export (admin)' })
  @HttpCode(204)
  @Authenticated('admin')
  deleteArticle(@Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.articles.deleteArticle(id);
  }
}
