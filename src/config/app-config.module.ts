import { ConfigModule } from '@nestjs/config';
import { APP_CONFIG, AppConfig } from './app-config';

/** The configuration as a global module, read everywhere with `config.getOrThrow<AppConfig>(APP_CONFIG)`; nothing else reads the environment. */
export function appConfigModule(config: AppConfig): ReturnType<typeof ConfigModule.forRoot> {
  return ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ [APP_CONFIG]: config })] });
}
