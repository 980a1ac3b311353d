/**
 * `npm start`: configuration from the environment, then the service (app, channels, HTTP server).
 * SIGTERM/SIGINT close it gracefully; a second signal during that close exits at once.
 */
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './log.ts';
import { startService } from './server/service.ts';

const startedAt = performance.now();

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = configOrExit();
const logger = createLogger({ level: config.LOG_LEVEL });

// An error that escaped a handler is logged; the server keeps serving everyone else.
process.on('unhandledRejection', (error) => logger.error('unhandled_rejection', { error }));
process.on('uncaughtException', (error) => logger.error('uncaught_exception', { error }));

try {
  const service = await startService(config, logger);
  const startupMs = Math.round(performance.now() - startedAt);
  logger.info('server_started', { url: service.url, startupMs, passages: service.app.search.passageCount });
  // Started degraded (damaged pages found by the integrity check): the operator's console says it too.
  for (const problem of await service.app.store.problems()) process.stderr.write(`Cảnh báo: ${problem.message}\n`);
  // PostgreSQL not reachable yet (src/store/waiting.ts): running, but no message is answered until it is.
  if (!(await service.app.store.ping())) {
    process.stderr.write('Cảnh báo: Chưa kết nối được cơ sở dữ liệu (DATABASE_URL). Trợ lý vẫn chạy nhưng chưa trả lời tin nhắn (trả 503, /readyz 503) và tự kết nối khi cơ sở dữ liệu sẵn sàng.\n');
  }
  process.stdout.write(`Trợ lý Giảm nghèo đang chạy. Mở trò chuyện trên web: ${service.url}\n`);
  if (config.PUBLIC_URL) process.stdout.write(`Địa chỉ công khai: ${config.PUBLIC_URL}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('shutdown_forced', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutdown_started', { signal });
    service.close().then(
      () => {
        logger.info('shutdown_finished');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown_failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  logger.error('startup_failed', { error });
  process.stderr.write(`Không khởi động được: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
