import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('starts on the embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_PATH).toBe('./data/bot.db');
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '', ZALO_API_ROOT: ' ' }).TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'tám nghìn' })).toThrow(/PORT/);
    expect(() => loadConfig({ TELEGRAM_API_ROOT: 'not a url' })).toThrow(/TELEGRAM_API_ROOT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('refuses a webhook without its secret', () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://example.org/telegram/webhook' })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET/,
    );
    expect(() => loadConfig({ ZALO_WEBHOOK_URL: 'https://example.org/zalo/webhook', ZALO_WEBHOOK_SECRET: 'short' })).toThrow(
      /ZALO_WEBHOOK_SECRET/,
    );
  });
});

describe('loadConfig messages', () => {
  it('says in Vietnamese what the variable expects, without echoing the value', () => {
    expect(() => loadConfig({ PORT: 'abc-secret' })).toThrow(/PORT: giá trị không hợp lệ, cần một số nguyên từ 0 đến 65535/);
    expect(() => loadConfig({ PORT: 'abc-secret' })).not.toThrow(/abc-secret/);
  });
});

describe('TRUST_PROXY', () => {
  it('reads addresses and CIDR ranges, comma-separated', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8' }).TRUST_PROXY).toEqual([
      { address: '127.0.0.1', prefix: 32, family: 'ipv4' },
      { address: '10.0.0.0', prefix: 8, family: 'ipv4' },
      { address: '::1', prefix: 128, family: 'ipv6' },
      { address: 'fd00::', prefix: 8, family: 'ipv6' },
    ]);
  });

  it('refuses an entry that is not an address, in Vietnamese, naming it', () => {
    for (const bad of ['proxy.local', '10.0.0.0/33', '10.0.0/8', '1.2.3.4/8/1', '::1/129', '10.0.0.1/x']) {
      expect(() => loadConfig({ TRUST_PROXY: `127.0.0.1,${bad}` })).toThrow(
        /TRUST_PROXY: giá trị không hợp lệ, cần danh sách địa chỉ IP hoặc dải CIDR/,
      );
    }
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/"proxy\.local" không phải địa chỉ IP hay dải CIDR/);
  });
});
