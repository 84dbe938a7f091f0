import { ConfigurationError, loadAppConfig } from '../../../src/config/app-config';

describe('slow-client timeouts from the environment', () => {
  it('defaults to a 30 s request, 10 s headers, 60 s idle connection and 72 s keep-alive', () => {
    expect(loadAppConfig({})).toMatchObject({ requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, connectionTimeoutMs: 60_000, keepAliveTimeoutMs: 72_000 });
  });

  it('reads them from REQUEST_TIMEOUT_MS and friends; a short request timeout shortens the headers default', () => {
    expect(loadAppConfig({ REQUEST_TIMEOUT_MS: '5000' })).toMatchObject({ requestTimeoutMs: 5000, headersTimeoutMs: 5000 });
    expect(loadAppConfig({ HEADERS_TIMEOUT_MS: '2000', CONNECTION_TIMEOUT_MS: '90000', KEEP_ALIVE_TIMEOUT_MS: '5000' })).toMatchObject({ headersTimeoutMs: 2000, connectionTimeoutMs: 90_000, keepAliveTimeoutMs: 5000 });
  });

  it('refuses headers that may take longer than the whole request, and non-numbers', () => {
    expect(() => loadAppConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' })).toThrow(ConfigurationError);
    expect(() => loadAppConfig({ REQUEST_TIMEOUT_MS: '30s' })).toThrow(ConfigurationError);
  });
});
